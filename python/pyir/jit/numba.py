"""Numba adapter: the functions of a PyIR-compiled extension, inlined into
``@njit`` code.

    import kernels                       # the CPython extension (pyirc)
    import pyir.jit.numba
    pyir.jit.numba.register("path/to/export", kernels)

    @numba.njit
    def f(a):
        return kernels.norm(a)           # inlined, no call left

``register`` puts an ``@overload(<extension function>, inline='always')`` on
every public function; a generic function's one Python name is overloaded
once, choosing at typing time the first specialisation whose view
parameters the argument arrays fit (each specialisation is also in
``impls`` under its mangled name, docs/language.md section 8). The implementation comes from the first tier that
works (``tiers=`` overrides the order):

1. ``"irbuilder"``: an ``@intrinsic`` that emits the function body from the
   JSON IR with llvmlite's IRBuilder into the caller (scalars, tuples and
   views, allocations, slices and view results as Numba arrays; what it
   cannot emit: see _irbuilder);
2. ``"bitcode"``: an ``@intrinsic`` calling the C ABI symbol, with the
   clang-14 bitcode (``<mod>_abi.llvm14.bc``) linked into the caller's code
   library, so that LLVM inlines it (Numba internal API: ``create_library``,
   ``add_llvm_module``, ``add_linking_library``);
3. ``"py_inline"``: the generated reference ``<mod>_ref.py`` under
   ``njit(inline='always')``, its helpers replaced by Numba equivalents;
4. ``"c_call"``: the same intrinsic as 2 against ``lib<mod>_abi.so`` loaded
   into the process: an opaque call (the last resort).

Errors: tiers 1, 2 and 4 raise the exception the extension raises, with
its message: tier 1 where the op raises, tiers 2 and 4 after the call, from
the ``pyir_error`` record (kind and message, matched against the messages
the module can raise: pyir.jit._messages); tier 3 raises as the reference does.
Views are Numba arrays (strides in bytes, as pyir_view); the argument
checks of the extension that Numba's typing does not make (a ``::1`` view
must be C-contiguous, a view the function writes must be writable) raise
the extension's ValueError in tiers 1, 2 and 4.
Requires Numba 0.56 (llvmlite 0.39, LLVM 14); importing ``pyir`` does not
import this module.
"""

import os

import numba
import numpy as np
from llvmlite import binding as llvm
from llvmlite import ir
from numba import types
from numba.core import cgutils
from numba.extending import intrinsic, overload

from . import _irbuilder, _messages
from ._numba_common import (TierUnavailable, abi_struct_type,
                            bitcode_library, check_arg_types, numba_type)
from . import export as _jit

TIERS = ("irbuilder", "bitcode", "py_inline", "c_call")

# --------------------------------------------------------------------------
# Raising an exception kind (tiers 1, 2, 4)
# --------------------------------------------------------------------------

@numba.njit(inline="always")
def raise_kind(kind):
    """Raises the exception type of ``kind`` (PYIR_EXC_*) with a generic
    message (kept for callers of earlier versions; the tiers raise the
    extension's messages)."""
    if kind == 0:
        raise ValueError("pyir: ValueError")
    elif kind == 1:
        raise TypeError("pyir: TypeError")
    elif kind == 2:
        raise IndexError("pyir: IndexError")
    elif kind == 3:
        raise KeyError("pyir: KeyError")
    elif kind == 4:
        raise ZeroDivisionError("pyir: ZeroDivisionError")
    elif kind == 5:
        raise OverflowError("pyir: OverflowError")
    elif kind == 6:
        raise ArithmeticError("pyir: ArithmeticError")
    elif kind == 7:
        raise RuntimeError("pyir: RuntimeError")
    elif kind == 8:
        raise AssertionError("pyir: AssertionError")
    elif kind == 9:
        raise NotImplementedError("pyir: NotImplementedError")
    else:
        raise MemoryError("pyir: MemoryError")


def _wrapper_source(fn, target):
    """A Python function with the Python-level signature of ``fn`` that
    calls ``target``, an intrinsic returning None, the result or the tuple
    of the flattened results (it raises by itself)."""
    params = fn["signature"]["params"]
    names = [p["name"] for p in params]
    outs = _jit.result_types(fn["signature"]["returns"])
    sig = ", ".join(names)
    lines = ["def %s(%s):" % (fn["name"], sig),
             "    r = %s(%s)" % (target, sig)]
    if not outs:
        lines.append("    return None")
    elif fn["signature"]["returns"].startswith("tuple["):
        lines.append("    return (%s,)" % ", ".join(
            "r[%d]" % k for k in range(len(outs))))
    else:
        lines.append("    return r[0]")
    return "\n".join(lines) + "\n"


def _njit_wrapper(fn, intrinsic_fn):
    namespace = {"_intrinsic": intrinsic_fn}
    exec(_wrapper_source(fn, "_intrinsic"), namespace)  # noqa: S102
    return numba.njit(inline="always")(namespace[fn["name"]])


# --------------------------------------------------------------------------
# Tiers 2 and 4: the C ABI symbol, linked as bitcode or loaded as a library
# --------------------------------------------------------------------------

_LIBRARIES = {}


#: Runtime-library functions clang may call from the C core's bitcode:
#: pyir__udiv_to_double divides unsigned __int128 values (int / int), which
#: x86-64 lowers to __udivti3 / __umodti3.
_COMPILER_RT = ("__udivti3", "__umodti3", "__divti3", "__modti3")


def _ensure_compiler_rt():
    """Makes the compiler runtime's 128-bit division resolvable in Numba's
    JIT (libgcc_s; the process does not necessarily have it loaded, and an
    unresolved symbol aborts the process). True if it is."""
    for name in (None, "libgcc_s.so.1", "libgcc_s.so", "libgcc_s.1.dylib"):
        if name is not None:
            try:
                llvm.load_library_permanently(name)
            except RuntimeError:
                continue
        if all(llvm.address_of_symbol(s) for s in _COMPILER_RT):
            return True
    return False


def _load_shared(path):
    key = ("so", path)
    if key not in _LIBRARIES:
        llvm.load_library_permanently(path)
        _LIBRARIES[key] = True


def _fill_view(context, builder, aryty, value):
    """A pyir_view on the stack for a Numba array; returns an i8*."""
    array = context.make_array(aryty)(context, builder, value)
    view = cgutils.alloca_once(builder, abi_struct_type("pyir_view"))
    i32 = ir.IntType(32)
    zero = ir.Constant(i32, 0)
    data = builder.bitcast(array.data, ir.IntType(8).as_pointer())
    builder.store(data, builder.gep(view, [zero, zero]))
    shape = cgutils.unpack_tuple(builder, array.shape, aryty.ndim)
    strides = cgutils.unpack_tuple(builder, array.strides, aryty.ndim)
    for k in range(aryty.ndim):
        idx = ir.Constant(i32, k)
        builder.store(shape[k], builder.gep(
            view, [zero, ir.Constant(i32, 1), idx]))
        builder.store(strides[k], builder.gep(
            view, [zero, ir.Constant(i32, 2), idx]))
    return builder.bitcast(view, ir.IntType(8).as_pointer())


def _emit_streq(builder, a, b):
    """An i1: the NUL-terminated strings at i8* a and b are equal."""
    i64 = ir.IntType(64)
    pre = builder.block
    head = builder.function.append_basic_block("pyir.streq")
    step = builder.function.append_basic_block("pyir.streq.step")
    done = builder.function.append_basic_block("pyir.streq.done")
    builder.branch(head)
    builder.position_at_end(head)
    i = builder.phi(i64)
    i.add_incoming(ir.Constant(i64, 0), pre)
    ca = builder.load(builder.gep(a, [i]))
    cb = builder.load(builder.gep(b, [i]))
    same = builder.icmp_unsigned("==", ca, cb)
    end = builder.icmp_unsigned("==", ca, ir.Constant(ca.type, 0))
    builder.cbranch(builder.and_(same, builder.not_(end)), step, done)
    builder.position_at_end(step)
    i.add_incoming(builder.add(i, ir.Constant(i64, 1)), step)
    builder.branch(head)
    builder.position_at_end(done)
    return same


def _emit_raise_error(context, builder, table, kind, message):
    """Raises the exception a C core reported in pyir_error: the entry of
    ``table`` ([(kind name, text)]) whose kind and text match ``kind`` (i32)
    and ``message`` (i8*), else the kind with a generic message. Ends the
    current block."""
    _raise_exc = _irbuilder.raise_exc
    i32, i8p = ir.IntType(32), ir.IntType(8).as_pointer()
    func = builder.function
    fallback = func.append_basic_block("pyir.err.generic")
    have = builder.icmp_unsigned("!=", message, ir.Constant(i8p, None))
    first = func.append_basic_block("pyir.err.match")
    builder.cbranch(have, first, fallback)
    builder.position_at_end(first)
    for kind_name, text in table:
        k = _jit.EXCEPTION_KINDS.index(kind_name)
        compare = func.append_basic_block("pyir.err.cmp")
        found = func.append_basic_block("pyir.err.raise")
        nxt = func.append_basic_block("pyir.err.next")
        builder.cbranch(builder.icmp_signed("==", kind, ir.Constant(i32, k)),
                        compare, nxt)
        builder.position_at_end(compare)
        const = context.insert_const_string(builder.module, text)
        builder.cbranch(_emit_streq(builder, message, const), found, nxt)
        builder.position_at_end(found)
        _raise_exc(context, builder, kind_name, text)
        builder.position_at_end(nxt)
    builder.branch(fallback)
    builder.position_at_end(fallback)
    other = func.append_basic_block("pyir.err.unknown")
    switch = builder.switch(kind, other)
    for k, kind_name in enumerate(_jit.EXCEPTION_KINDS):
        block = func.append_basic_block("pyir.err.kind")
        switch.add_case(ir.Constant(i32, k), block)
        builder.position_at_end(block)
        _raise_exc(context, builder, kind_name, "pyir: " + kind_name)
    builder.position_at_end(other)
    _raise_exc(context, builder, "SystemError",
               "pyir: unknown exception kind")


def _error_table(export, fn):
    """The (kind, text) entries function ``fn`` may report (kinds of its
    ``may_raise``)."""
    kinds = set(fn.get("effects", {}).get("may_raise", []))
    return [e for e in _messages.export_table(export) if e[0] in kinds]


def _abi_intrinsic(export, fn, mode):
    """An intrinsic calling <c_symbol>(args...): it returns None, the
    result or the tuple of the results, and raises the C core's error."""
    params = fn["signature"]["params"]
    outs = _jit.result_types(fn["signature"]["returns"])
    out_types = [numba_type(t) for t in outs]
    if mode == "bitcode":
        path = export.bitcode_path(llvm.llvm_version_info[0])
        if path is None:
            raise TierUnavailable("no LLVM <= %d bitcode"
                                  % llvm.llvm_version_info[0])
        if not _ensure_compiler_rt():
            raise TierUnavailable("the bitcode may call __udivti3, which "
                                  "this process cannot resolve (no "
                                  "libgcc_s)")
    else:
        path = export.path("shared_library")
        if path is None:
            raise TierUnavailable("no shared library")
        _load_shared(path)
    symbol = fn["c_symbol"]
    table = _error_table(export, fn)
    checks = _irbuilder.view_checks(fn)

    def typer(typingctx, *argtys):
        if not check_arg_types(fn, argtys):
            return None
        # Scalars are passed with the C parameter types.
        sig_args = []
        for p, t in zip(params, argtys):
            sig_args.append(t if _jit.is_view_type(p["type"])
                            else numba_type(p["type"]))
        ret = types.Tuple(out_types) if out_types else types.none
        sig = ret(*sig_args)

        def codegen(context, builder, signature, args):
            if mode == "bitcode":
                context.active_code_library.add_linking_library(
                    bitcode_library(context, path))
            _irbuilder.emit_view_checks(context, builder, checks,
                                              signature.args, args)
            i8p = ir.IntType(8).as_pointer()
            cargs, ctys = [], []
            for p, t, v in zip(params, signature.args, args):
                if _jit.is_view_type(p["type"]):
                    cargs.append(_fill_view(context, builder, t, v))
                    ctys.append(i8p)
                else:
                    lt = context.get_value_type(t)
                    cargs.append(v)
                    ctys.append(lt)
            slots = []
            for t in out_types:
                # C bool is a byte in memory.
                lt = (ir.IntType(8) if t == types.boolean
                      else context.get_value_type(t))
                slot = cgutils.alloca_once(builder, lt)
                slots.append((slot, t))
                cargs.append(slot)
                ctys.append(lt.as_pointer())
            err_ty = abi_struct_type("pyir_error")
            err = cgutils.alloca_once(builder, err_ty)
            builder.store(ir.Constant(err_ty, None), err)
            cargs.append(builder.bitcast(err, i8p))
            ctys.append(i8p)
            fnty = ir.FunctionType(ir.IntType(32), ctys)
            callee = cgutils.get_or_insert_function(builder.module, fnty,
                                                    symbol)
            status = builder.call(callee, cargs)
            zero = ir.Constant(ir.IntType(32), 0)
            failed = builder.icmp_signed("!=", status, zero)
            with cgutils.if_unlikely(builder, failed):
                kind = builder.load(builder.gep(err, [zero, zero]))
                message = builder.load(builder.gep(
                    err, [zero, ir.Constant(ir.IntType(32), 1)]))
                _emit_raise_error(context, builder, table, kind, message)
            values = []
            for slot, t in slots:
                v = builder.load(slot)
                if t == types.boolean:
                    v = builder.icmp_unsigned("!=", v, ir.Constant(v.type, 0))
                values.append(v)
            if not values:
                return context.get_dummy_value()
            return context.make_tuple(builder, signature.return_type, values)

        return sig, codegen

    return _make_intrinsic(fn, typer)


def _make_intrinsic(fn, typer):
    # @intrinsic needs a function with named parameters.
    names = ", ".join("a%d" % k for k in range(len(fn["signature"]["params"])))
    namespace = {"_typer": typer}
    exec("def %s_intrinsic(typingctx, %s):\n"  # noqa: S102
         "    return _typer(typingctx, %s)\n" % (fn["name"], names, names),
         namespace)
    return intrinsic(namespace[fn["name"] + "_intrinsic"])


# --------------------------------------------------------------------------
# Tier 3: the Python reference under njit(inline='always')
# --------------------------------------------------------------------------

_I64_MIN = -9223372036854775808


def _nb_view(obj, ndim=0, contiguous=False):
    # Numba's array type fixes the dimensions and the layout.
    return obj


def _nb_f32(x):
    return float(np.float32(x))


def _nb_int_to_f32(a):
    return float(np.float32(a))


def _nb_w64(x):
    return x


def _nb_u64(x):
    return np.uint64(x)


def _nb_divu64(a, b):
    return np.int64(np.uint64(a) // np.uint64(b))


def _overflow_intrinsic(method):
    """(result, overflowed) of a 64-bit op via llvm.*.with.overflow; a
    plain `r = a + b` check would be folded away (Numba's ints are nsw)."""
    def typer(typingctx, a, b):
        sig = types.UniTuple(types.int64, 2)(types.int64, types.int64)

        def codegen(context, builder, signature, args):
            pair = getattr(builder, method)(*args)
            flag = builder.zext(builder.extract_value(pair, 1),
                                ir.IntType(64))
            return context.make_tuple(builder, signature.return_type,
                                      [builder.extract_value(pair, 0), flag])
        return sig, codegen
    typer.__name__ = "_pyir_" + method
    return intrinsic(typer)


# The C runtime's messages (pyir_errors.h), as the reference raises them;
# module globals, which Numba freezes into constant exception arguments.
_MSG_INT_OVERFLOW = _messages.text("INT_OVERFLOW")
_MSG_NEG_SHIFT = _messages.text("NEG_SHIFT")
_MSG_FLOAT_NAN_TO_INT = _messages.text("FLOAT_NAN_TO_INT")
_MSG_FLOAT_INF_TO_INT = _messages.text("FLOAT_INF_TO_INT")
_MSG_ZERO_NEG_POW = _messages.text("ZERO_NEG_POW")
_MSG_FLOAT_NEG_FRAC_POW = _messages.text("FLOAT_NEG_FRAC_POW")
_MSG_POW_RANGE = _messages.text("POW_RANGE")

_sadd = _overflow_intrinsic("sadd_with_overflow")
_ssub = _overflow_intrinsic("ssub_with_overflow")
_smul = _overflow_intrinsic("smul_with_overflow")


def _nb_add_ck(a, b):
    r = _sadd(a, b)
    if r[1]:
        raise OverflowError(_MSG_INT_OVERFLOW)
    return r[0]


def _nb_sub_ck(a, b):
    r = _ssub(a, b)
    if r[1]:
        raise OverflowError(_MSG_INT_OVERFLOW)
    return r[0]


def _nb_mul_ck(a, b):
    r = _smul(a, b)
    if r[1]:
        raise OverflowError(_MSG_INT_OVERFLOW)
    return r[0]


def _nb_shl(a, n, bits, signed, checked):
    if n < 0:
        raise ValueError(_MSG_NEG_SHIFT)
    if checked:
        if a == 0:
            return 0
        if n >= bits:
            raise OverflowError(_MSG_INT_OVERFLOW)
        if n == bits - 1:
            fits = a == -1 if signed else a == 1
        else:
            half = 1 << (bits - 2 - n)  # 2**(bits-1-n) / 2, no overflow
            fits = (-half <= a // 2 < half) if signed else (0 <= a < 2 * half
                                                             if bits < 64
                                                             else True)
        if not fits:
            raise OverflowError(_MSG_INT_OVERFLOW)
        return a << n
    if n >= bits:
        return 0
    return a << n


def _nb_ftoi(x):
    if x != x:
        raise ValueError(_MSG_FLOAT_NAN_TO_INT)
    if np.isinf(x):
        raise OverflowError(_MSG_FLOAT_INF_TO_INT)
    if x >= 9.223372036854775807e18 or x < -9.223372036854775808e18:
        raise OverflowError(_MSG_INT_OVERFLOW)
    return int(x)


def _nb_fpow(x, y):
    if x == 0.0 and y < 0.0:
        raise ZeroDivisionError(_MSG_ZERO_NEG_POW)
    if (x < 0.0 and not np.isinf(x) and np.isfinite(y)
            and y != np.floor(y)):
        raise ValueError(_MSG_FLOAT_NEG_FRAC_POW)
    r = x ** y
    if np.isinf(r) and np.isfinite(x) and np.isfinite(y):
        raise OverflowError(_MSG_POW_RANGE)
    return r


#: Helpers of the reference whose Python form Numba would type differently.
NUMBA_HELPERS = {
    "_pyir_view": _nb_view, "_pyir_f32": _nb_f32,
    "_pyir_int_to_f32": _nb_int_to_f32, "_pyir_w64": _nb_w64,
    "_pyir_u64": _nb_u64, "_pyir_divu64": _nb_divu64,
    "_pyir_add_ck": _nb_add_ck, "_pyir_sub_ck": _nb_sub_ck,
    "_pyir_mul_ck": _nb_mul_ck, "_pyir_shl": _nb_shl,
    "_pyir_ftoi": _nb_ftoi, "_pyir_fpow": _nb_fpow,
}

_REF_NAMESPACES = {}
_HELPERS = {}


def _njit_helper(name):
    if name not in _HELPERS:
        _HELPERS[name] = numba.njit(inline="always")(NUMBA_HELPERS[name])
    return _HELPERS[name]


def ref_namespace(export):
    """The reference module's functions as njit(inline='always')
    dispatchers, sharing one namespace (their globals)."""
    if export.directory not in _REF_NAMESPACES:
        namespace = {"__name__": "_pyir_numba_ref_" + export.name}
        exec(compile(export.ref_source(), export.path("python_ref"),  # noqa
                     "exec"), namespace)
        import types as pytypes
        for name, value in list(namespace.items()):
            if name in NUMBA_HELPERS:
                namespace[name] = _njit_helper(name)
            elif isinstance(value, pytypes.FunctionType):
                namespace[name] = numba.njit(inline="always")(value)
        _REF_NAMESPACES[export.directory] = namespace
    return _REF_NAMESPACES[export.directory]


# --------------------------------------------------------------------------
# Registration
# --------------------------------------------------------------------------

def implementation(export, name, tiers=TIERS):
    """(tier, an njit-callable implementation of function ``name``) from
    the first tier of ``tiers`` that can implement it."""
    fn = export.functions[name]
    offered = fn["tiers"].get("numba", [])
    # Why the export offers no Numba tier (format 1.4: it calls functions
    # of other modules, docs/interchange.md).
    reasons = [fn["numba_unavailable"]] if "numba_unavailable" in fn else []
    if "excluded_reason" in fn["tiers"]:  # arrays: the reference only
        reasons.append(fn["tiers"]["excluded_reason"])
    for tier in tiers:
        if tier not in offered:
            reasons.append("%s: not in the export" % tier)
            continue
        try:
            if tier == "irbuilder":
                typer = _irbuilder.make_typer(export, fn)
                return tier, _njit_wrapper(fn, _make_intrinsic(fn, typer))
            if tier in ("bitcode", "c_call"):
                mode = "bitcode" if tier == "bitcode" else "so"
                return tier, _njit_wrapper(fn, _abi_intrinsic(export, fn,
                                                              mode))
            if tier == "py_inline":
                return tier, ref_namespace(export)[name]
        except (TierUnavailable, _jit.ExportError) as e:
            reasons.append("%s: %s" % (tier, e))
    raise TierUnavailable("%s: no tier works (%s)"
                          % (name, "; ".join(reasons)))


class Registered:
    """What :func:`register` did: ``tiers[name]`` and ``impls[name]``."""

    def __init__(self, export):
        self.export = export
        self.tiers = {}
        self.impls = {}


def register(export, extension=None, tiers=TIERS):
    """Makes the public functions of ``export`` (an export directory or a
    :class:`pyir.jit.Export`) usable in ``@njit`` code: with
    ``extension`` (the compiled module), calls of ``extension.f`` are
    overloaded; the implementations are also returned."""
    if not isinstance(export, _jit.Export):
        export = _jit.load(export)
    result = Registered(export)
    generics = {}
    for fn in export.manifest["functions"]:
        name = fn["name"]
        try:
            tier, impl = implementation(export, name, tiers)
        except TierUnavailable:
            continue
        result.tiers[name], result.impls[name] = tier, impl
        if "generic" in fn:
            generics.setdefault(fn["generic"]["name"], []).append((fn, impl))
        elif extension is not None and hasattr(extension, name):
            _overload(getattr(extension, name), fn, impl)
    for name, specs in generics.items():
        if extension is not None and hasattr(extension, name):
            _overload_generic(getattr(extension, name), specs)
    return result


def _args_fit(fn, argtys, varying):
    """Whether the Numba types of the arguments given fit manifest function
    ``fn``: its views by rank and element type; its scalars at the indices
    ``varying`` (where the specialisations differ) by kind, a float for a
    float parameter, an integer or boolean for an integer one."""
    for i, (p, t) in enumerate(zip(fn["signature"]["params"], argtys)):
        if _jit.is_view_type(p["type"]):
            rank = p["type"].count(":") - p["type"].count("::")
            if not isinstance(t, types.Array) or t.ndim != rank or \
                    t.dtype != numba_type(p["type"].split("[")[0]):
                return False
        elif i in varying and isinstance(t, (types.Number, types.Boolean)):
            if isinstance(t, types.Float) != (p["type"] in ("float", "f32")):
                return False
    return True


def _overload_generic(target, specs):
    """The overload of a generic function's Python name (language.md
    section 8): at typing time, the first specialisation (of ``specs``,
    (manifest entry, implementation) in the export's order) the argument
    types fit (the rule of the extension's dispatcher: arrays by element
    type, scalars by kind)."""
    params = specs[0][0]["signature"]["params"]
    sig = ", ".join(p["name"] + ("=" + p["default_repr"]
                                 if p.get("default_repr") else "")
                    for p in params)
    names = ", ".join(p["name"] for p in params)

    varying = {i for i in range(len(params))
               if len({fn["signature"]["params"][i]["type"]
                       for fn, _ in specs}) > 1}

    def choose(*argtys):
        for fn, impl in specs:
            if _args_fit(fn, argtys, varying):
                return impl
        return None
    namespace = {"_choose": choose, "_INF": float("inf"),
                 "_NAN": float("nan")}
    exec("def _ol(%s):\n"  # noqa: S102
         "    _impl = _choose(%s)\n"
         "    if _impl is None:\n"
         "        return None\n"
         "    def _call(%s):\n"
         "        return _impl(%s)\n"
         "    return _call\n" % (sig, names, sig, names), namespace)
    overload(target, inline="always")(namespace["_ol"])


def _overload(target, fn, impl):
    params = fn["signature"]["params"]
    sig = ", ".join(p["name"] + ("=" + p["default_repr"]
                                 if p.get("default_repr") else "")
                    for p in params)
    names = ", ".join(p["name"] for p in params)
    namespace = {"_impl": impl, "_INF": float("inf"), "_NAN": float("nan")}
    exec("def _ol(%s):\n"  # noqa: S102
         "    def _call(%s):\n"
         "        return _impl(%s)\n"
         "    return _call\n" % (sig, sig, names), namespace)
    overload(target, inline="always")(namespace["_ol"])


# --------------------------------------------------------------------------
# Automatic registration: Numba's ``numba_extensions`` entry point
# --------------------------------------------------------------------------

#: The environment variable :func:`init` reads: export directories separated
#: by ``os.pathsep``; each is one export (it has a manifest.json) or a
#: directory whose subdirectories are exports (``pyirc --emit=jit a.py b.py
#: -o DIR`` writes one per module).
EXPORTS_ENV = "PYIR_NUMBA_EXPORTS"

#: What :func:`init` did: ``{export directory: Registered or the reason it
#: was skipped (str)}``.
AUTO_REGISTERED = {}


def export_directories(spec=None):
    """The export directories named by ``spec`` (default: the
    ``PYIR_NUMBA_EXPORTS`` environment variable), in order."""
    if spec is None:
        spec = os.environ.get(EXPORTS_ENV, "")
    found = []
    for entry in spec.split(os.pathsep):
        if not entry:
            continue
        if os.path.isfile(os.path.join(entry, "manifest.json")):
            found.append(entry)
        elif os.path.isdir(entry):
            for sub in sorted(os.listdir(entry)):
                path = os.path.join(entry, sub)
                if os.path.isfile(os.path.join(path, "manifest.json")):
                    found.append(path)
    return found


def init():
    """The ``numba_extensions`` ``init`` hook (pyproject.toml): Numba calls
    it before its first compilation when the ``pyir`` package is installed.

    Every export listed by ``PYIR_NUMBA_EXPORTS`` is registered against its
    CPython extension (imported by the module name in the manifest), so
    ``@njit`` code calling ``kernels.f`` compiles without importing
    ``pyir.jit.numba``. An export whose extension cannot be imported, or that
    cannot be read, is skipped (recorded in :data:`AUTO_REGISTERED`); this
    hook never raises. Without the variable it does nothing: call
    :func:`register` explicitly.
    """
    import importlib
    import warnings
    for directory in export_directories():
        if directory in AUTO_REGISTERED:
            continue
        try:
            export = _jit.load(directory)
            extension = importlib.import_module(export.name)
            AUTO_REGISTERED[directory] = register(export, extension)
        except Exception as e:  # noqa: BLE001 - a hook must not fail numba
            AUTO_REGISTERED[directory] = "skipped: %s: %s" % (
                type(e).__name__, e)
            warnings.warn("pyir.jit.numba: %s not registered (%s)"
                          % (directory, AUTO_REGISTERED[directory]))
