"""What the Numba tiers share (pyir.jit.numba and its tier-1 emitter
_irbuilder): the Numba type of each PyIR scalar, the exception that
moves on to the next tier, and the check that Numba's argument types fit a
function of the export. A module of its own so that the two import it,
not each other.
"""
import os

from llvmlite import binding as llvm
from llvmlite import ir
from numba import types

from .. import _tables
from . import export as _jit

def _numba_scalar(c_type):
    """The Numba type of a C scalar type (int8_t -> int8, double -> float64)."""
    named = {"bool": "boolean", "double": "float64", "float": "float32"}
    return getattr(types, named.get(c_type, c_type[:-len("_t")]))


#: PyIR scalar type name -> Numba type.
SCALARS = {name: _numba_scalar(c_type)
           for name, c_type in _tables.SCALAR_C_TYPES.items()}


class TierUnavailable(Exception):
    """The tier cannot implement this function (the next one is tried)."""


def numba_type(name):
    return SCALARS[name]


def check_arg_types(fn, argtys):
    """Whether Numba argument types ``argtys`` fit manifest function
    ``fn``: views as arrays of its rank and element type, scalars as
    numbers or booleans."""
    params = fn["signature"]["params"]
    if len(argtys) != len(params):
        return False
    for p, t in zip(params, argtys):
        if _jit.is_view_type(p["type"]):
            rank = p["type"].count(":") - p["type"].count("::")
            if not isinstance(t, types.Array) or t.ndim != rank:
                return False
            if t.dtype != numba_type(p["type"].split("[")[0]):
                return False
        elif not isinstance(t, (types.Number, types.Boolean)):
            return False
    return True


_BITCODE_LIBRARIES = {}


def bitcode_library(context, path):
    """The LLVM bitcode file ``path`` as a Numba code library (one per
    file), for ``add_linking_library`` (Numba internal API; the functions
    become linkonce_odr in each library that links it, so LLVM inlines
    them)."""
    if path not in _BITCODE_LIBRARIES:
        with open(path, "rb") as f:
            module = llvm.parse_bitcode(f.read())
        library = context.codegen().create_library(
            "pyir:" + os.path.basename(path))
        library.add_llvm_module(module)
        _BITCODE_LIBRARIES[path] = library
    return _BITCODE_LIBRARIES[path]


#: The C types of the ABI structs' fields (pyir_abi.h) as LLVM types.
_ABI_FIELD_TYPES = {"int": ir.IntType(32), "int64_t": ir.IntType(64),
                    "char *": ir.IntType(8).as_pointer(),
                    "const char *": ir.IntType(8).as_pointer()}


def abi_struct_type(name):
    """The LLVM type of C ABI struct ``name`` (``pyir_error``,
    ``pyir_view``), from its one definition in pyir_abi.h."""
    fields = []
    for ctype, _, dims in _tables.ABI_STRUCTS[name]:
        t = _ABI_FIELD_TYPES[ctype]
        fields.append(ir.ArrayType(t, int(dims[1:-1])) if dims else t)
    return ir.LiteralStructType(fields)
