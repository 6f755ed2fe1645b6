"""libm calls outside the caller's fast-math reach.
"""

from llvmlite import ir

from .common import F64, I64, _LIBM_UNARY


# --------------------------------------------------------------------------
# libm calls outside the caller's fast-math reach
# --------------------------------------------------------------------------

_LIBM_PREFIX = "pyir_libm_v1_"
_LIBM_LIBRARIES = {}


def _libm_library(context):
    """A code library (one per Numba codegen) of ``i64 pyir_libm_v1_<f>(i64
    ...)``: the libm function of doubles, arguments and result as bits.
    It is compiled without fast-math flags (Numba's fastmath rewrite only
    touches the modules of the functions it lowers) and linked into the
    caller's library; LLVM inlines the wrappers, leaving the plain libm
    call. Internal Numba API (create_library, add_linking_library), as
    tier 2."""
    codegen = context.codegen()
    if codegen not in _LIBM_LIBRARIES:
        module = ir.Module(name="pyir_libm")
        for name in sorted(list(_LIBM_UNARY) + ["atan2", "pow"]):
            nargs = 2 if name in ("atan2", "pow") else 1
            wrapper = ir.Function(module, ir.FunctionType(I64, [I64] * nargs),
                                  _LIBM_PREFIX + name)
            wrapper.attributes.add("alwaysinline")
            libm = ir.Function(module, ir.FunctionType(F64, [F64] * nargs),
                               name)
            builder = ir.IRBuilder(wrapper.append_basic_block())
            # nobuiltin: LLVM must not rewrite the call (pow(x, 0.5) to
            # sqrt(x), which differs from libm's pow in the last bit).
            libm.attributes.add("nobuiltin")
            result = builder.call(libm, [builder.bitcast(a, F64)
                                         for a in wrapper.args])
            builder.ret(builder.bitcast(result, I64))
        library = codegen.create_library("pyir_libm")
        library.add_ir_module(module)
        _LIBM_LIBRARIES[codegen] = library
    return _LIBM_LIBRARIES[codegen]
