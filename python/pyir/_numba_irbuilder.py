"""Tier 1 of pyir.numba: a function body emitted from the JSON IR with
llvmlite's IRBuilder, directly into the caller (inlined by construction).

Covers scalar functions over ``int`` (i64), ``float`` (f64) and ``bool``
whose ops are listed in ``_EMITTERS`` below; anything else raises
TierUnavailable and the adapter tries the next tier. The result is the
tier's common convention: a tuple (status, exception kind, results...).
"""

from llvmlite import ir
from numba import types
from numba.core import cgutils

from . import jit as _jit

_TYPES = {"int": types.int64, "float": types.float64, "bool": types.boolean}
_KIND = {name: k for k, name in enumerate(_jit.EXCEPTION_KINDS)}
_ICMP = {"lt": "<", "le": "<=", "eq": "==", "ne": "!=", "gt": ">",
         "ge": ">="}
_ARITH_ICMP = {"eq": ("s", "=="), "ne": ("s", "!="), "slt": ("s", "<"),
               "sle": ("s", "<="), "sgt": ("s", ">"), "sge": ("s", ">="),
               "ult": ("u", "<"), "ule": ("u", "<="), "ugt": ("u", ">"),
               "uge": ("u", ">=")}
_SUPPORTED = {"pyir.constant", "arith.constant", "pyir.add", "pyir.sub",
              "pyir.mul", "pyir.truediv", "pyir.neg", "pyir.abs",
              "pyir.cmp", "pyir.cast", "pyir.and", "pyir.or", "pyir.xor",
              "pyir.math_unary", "pyir.raise", "pyir.assert", "pyir.tuple",
              "arith.addi", "arith.subi", "arith.muli", "arith.xori",
              "arith.andi", "arith.ori", "arith.select", "arith.cmpi",
              "cf.br", "cf.cond_br", "func.return"}


_FP_OPS = frozenset(["fadd", "fsub", "fmul", "fdiv", "frem", "fcmp"])


def _keep_strict(block):
    """Marks the floating-point instructions of ``block`` so that Numba's
    ``fastmath=True`` pass leaves them alone.

    The pass (numba.core.fastmathpass.FastFloatBinOpVisitor) adds the
    caller's fast-math flags to every fadd/fsub/fmul/fdiv/frem/fcmp "if
    they don't have any flags"; the inlined kernel must keep the module's
    semantics (``fp_contract: off``, ``fastmath_ok: false``), as the linked
    bitcode of tier 2 does. An empty flag is non-empty for the pass and
    prints as nothing (``fadd  double``). The caller's own operations (a
    reduction around the kernel) still get the caller's flags.
    """
    for instr in block.instructions:
        if getattr(instr, "opname", None) in _FP_OPS and not instr.flags:
            instr.flags.append("")


def _unavailable(message):
    from .numba import TierUnavailable
    return TierUnavailable(message)


def _function(export, name):
    for fn in export.json_ir()["functions"]:
        if fn["name"] == name:
            return fn
    raise _unavailable("%s is not in the JSON IR" % name)


def _check(jfn):
    """Raises TierUnavailable unless every op and type is covered."""
    def scalar(t):
        if t not in _TYPES:
            raise _unavailable("type %s" % t)
    for p in jfn["params"]:
        scalar(p["type"])
    for r in _jit.result_types(jfn["results"][0] if jfn["results"]
                               else "None"):
        scalar(r)
    for block in jfn["blocks"]:
        for a in block["arguments"]:
            scalar(a["type"])
        for op in block["ops"]:
            if op["name"] not in _SUPPORTED:
                raise _unavailable("op %s" % op["name"])
            if op["name"] == "pyir.math_unary" and \
                    op["attributes"].get("fn") not in ("sqrt", "fabs"):
                raise _unavailable("math_unary %s" % op["attributes"]["fn"])
            for r in op["results"]:
                if op["name"] != "pyir.tuple":
                    scalar(r["type"])


def make_typer(export, fn):
    jfn = _function(export, fn["name"])
    _check(jfn)
    outs = _jit.result_types(jfn["results"][0] if jfn["results"] else "None")
    params = [_TYPES[p["type"]] for p in jfn["params"]]
    ret = types.Tuple([types.int32, types.int32] +
                      [_TYPES[t] for t in outs])

    def typer(typingctx, *argtys):
        if len(argtys) != len(params):
            return None
        for t in argtys:
            if not isinstance(t, (types.Number, types.Boolean)):
                return None
        sig = ret(*params)

        def codegen(context, builder, signature, args):
            return _Emitter(context, builder, jfn, signature).emit(args)

        return sig, codegen

    return typer


class _Emitter:
    def __init__(self, context, builder, jfn, signature):
        self.context, self.builder, self.jfn = context, builder, jfn
        self.signature = signature
        self.values = {}
        self.i32 = ir.IntType(32)

    def lltype(self, name):
        return self.context.get_value_type(_TYPES[name])

    def emit(self, args):
        b, jfn = self.builder, self.jfn
        func = b.function
        self.status = cgutils.alloca_once_value(b, ir.Constant(self.i32, 0))
        self.kind = cgutils.alloca_once_value(b, ir.Constant(self.i32, 0))
        ret_types = self.signature.return_type.types[2:]
        self.results = [cgutils.alloca_once(
            b, self.context.get_value_type(t)) for t in ret_types]
        for slot, t in zip(self.results, ret_types):
            b.store(ir.Constant(self.context.get_value_type(t), None), slot)
        self.slots = {}
        self.blocks = {}
        self.own_blocks = []
        for block in jfn["blocks"]:
            self.blocks[block["id"]] = self.new_block("pyir.bb%d"
                                                      % block["id"])
            for a in block["arguments"]:
                self.slots[a["id"]] = cgutils.alloca_once(
                    b, self.lltype(a["type"]))
        self.exit = func.append_basic_block("pyir.exit")
        entry = jfn["blocks"][0]
        for a, v in zip(entry["arguments"], args):
            b.store(v, self.slots[a["id"]])
        b.branch(self.blocks[entry["id"]])
        for block in jfn["blocks"]:
            b.position_at_end(self.blocks[block["id"]])
            for a in block["arguments"]:
                self.values[a["id"]] = b.load(self.slots[a["id"]])
            for op in block["ops"]:
                if self.op(op):
                    break  # the block ended (raise, branch, return)
        for block in self.own_blocks:
            _keep_strict(block)
        b.position_at_end(self.exit)
        values = [b.load(self.status), b.load(self.kind)]
        values += [b.load(slot) for slot in self.results]
        return self.context.make_tuple(b, self.signature.return_type, values)

    # Helpers ---------------------------------------------------------------

    def new_block(self, name):
        block = self.builder.function.append_basic_block(name)
        self.own_blocks.append(block)
        return block

    def raise_if(self, cond, kind):
        """Branches to the exit with `kind` raised when cond is true."""
        b = self.builder
        raise_bb = self.new_block("pyir.raise")
        cont = self.new_block("pyir.cont")
        b.cbranch(cond, raise_bb, cont)
        b.position_at_end(raise_bb)
        self.raise_now(kind)
        b.position_at_end(cont)

    def raise_now(self, kind):
        b = self.builder
        b.store(ir.Constant(self.i32, -1), self.status)
        b.store(ir.Constant(self.i32, _KIND[kind]), self.kind)
        b.branch(self.exit)

    def branch(self, succ):
        b = self.builder
        target = next(x for x in self.jfn["blocks"]
                      if x["id"] == succ["block"])
        for a, v in zip(target["arguments"], succ["operands"]):
            b.store(self.values[v], self.slots[a["id"]])
        return self.blocks[succ["block"]]

    # Ops -------------------------------------------------------------------

    def op(self, op):
        b, name = self.builder, op["name"]
        vals = [self.values[v] for v in op["operands"]]
        attrs = op["attributes"]
        rtype = op["results"][0]["type"] if op["results"] else None
        is_float = rtype == "float"
        result = None
        if name in ("pyir.constant", "arith.constant"):
            value = attrs["value"]
            if isinstance(value, dict):
                value = float.fromhex(value["float"])
            result = ir.Constant(self.lltype(rtype), value)
        elif name in ("pyir.add", "pyir.sub", "pyir.mul"):
            if is_float:
                result = {"pyir.add": b.fadd, "pyir.sub": b.fsub,
                          "pyir.mul": b.fmul}[name](*vals)
            elif attrs.get("overflow") == "checked":
                fn = {"pyir.add": b.sadd_with_overflow,
                      "pyir.sub": b.ssub_with_overflow,
                      "pyir.mul": b.smul_with_overflow}[name]
                pair = fn(*vals)
                self.raise_if(b.extract_value(pair, 1), "OverflowError")
                result = b.extract_value(pair, 0)
            else:
                result = {"pyir.add": b.add, "pyir.sub": b.sub,
                          "pyir.mul": b.mul}[name](*vals)
        elif name == "pyir.truediv":
            if not is_float or op["results"][0]["type"] != "float" or \
                    vals[0].type != vals[1].type or \
                    not isinstance(vals[0].type, ir.DoubleType):
                raise _unavailable("int truediv")
            self.raise_if(b.fcmp_ordered("==", vals[1],
                                         ir.Constant(vals[1].type, 0.0)),
                          "ZeroDivisionError")
            result = b.fdiv(*vals)
        elif name == "pyir.neg":
            if is_float:
                result = b.fsub(ir.Constant(vals[0].type, -0.0), vals[0])
            else:
                if attrs.get("overflow") == "checked":
                    self.raise_if(b.icmp_signed(
                        "==", vals[0], ir.Constant(vals[0].type, -2**63)),
                        "OverflowError")
                result = b.neg(vals[0])
        elif name == "pyir.abs" or (name == "pyir.math_unary"
                                    and attrs["fn"] == "fabs"):
            if not is_float:
                raise _unavailable("int abs")
            fabs = b.module.declare_intrinsic("llvm.fabs", [vals[0].type])
            result = b.call(fabs, vals)
        elif name == "pyir.math_unary":  # sqrt
            self.raise_if(b.fcmp_ordered("<", vals[0],
                                         ir.Constant(vals[0].type, 0.0)),
                          "ValueError")
            sqrt = b.module.declare_intrinsic("llvm.sqrt", [vals[0].type])
            result = b.call(sqrt, vals)
        elif name == "pyir.cmp":
            t0, t1 = vals[0].type, vals[1].type
            if t0 != t1:
                raise _unavailable("mixed comparison")
            pred = _ICMP[attrs["predicate"]]
            if isinstance(t0, ir.DoubleType):
                result = (b.fcmp_unordered(pred, *vals) if pred == "!="
                          else b.fcmp_ordered(pred, *vals))
            elif t0.width == 1:
                result = b.icmp_unsigned(pred, *vals)
            else:
                result = b.icmp_signed(pred, *vals)
        elif name == "pyir.cast":
            src = vals[0].type
            if rtype == "float" and isinstance(src, ir.IntType):
                result = (b.uitofp(vals[0], ir.DoubleType()) if src.width == 1
                          else b.sitofp(vals[0], ir.DoubleType()))
            elif rtype == "int" and isinstance(src, ir.IntType) \
                    and src.width == 1:
                result = b.zext(vals[0], ir.IntType(64))
            else:
                raise _unavailable("cast")
        elif name in ("pyir.and", "arith.andi"):
            result = b.and_(*vals)
        elif name in ("pyir.or", "arith.ori"):
            result = b.or_(*vals)
        elif name in ("pyir.xor", "arith.xori"):
            result = b.xor(*vals)
        elif name == "arith.addi":
            result = b.add(*vals)
        elif name == "arith.subi":
            result = b.sub(*vals)
        elif name == "arith.muli":
            result = b.mul(*vals)
        elif name == "arith.select":
            result = b.select(*vals)
        elif name == "arith.cmpi":
            kind, pred = _ARITH_ICMP[attrs["predicate"]]
            result = (b.icmp_signed(pred, *vals) if kind == "s"
                      else b.icmp_unsigned(pred, *vals))
        elif name == "pyir.tuple":
            result = list(vals)
        elif name == "pyir.raise":
            self.raise_now(attrs["kind"])
            return True
        elif name == "pyir.assert":
            self.raise_if(b.not_(vals[0]), attrs["kind"])
        elif name == "cf.br":
            b.branch(self.branch(op["successors"][0]))
            return True
        elif name == "cf.cond_br":
            cond = vals[0]
            t = self.branch_block(op["successors"][0])
            f = self.branch_block(op["successors"][1])
            b.cbranch(cond, t, f)
            return True
        elif name == "func.return":
            flat = []
            for v in vals:
                flat.extend(v if isinstance(v, list) else [v])
            for v, slot in zip(flat, self.results):
                b.store(v, slot)
            b.store(ir.Constant(self.i32, 0), self.status)
            b.branch(self.exit)
            return True
        else:
            raise _unavailable("op %s" % name)
        self.values[op["results"][0]["id"]] = result
        return False

    def branch_block(self, succ):
        """A block that stores the successor's arguments, then branches."""
        b = self.builder
        if not succ["operands"]:
            return self.blocks[succ["block"]]
        here = b.block
        edge = self.new_block("pyir.edge")
        b.position_at_end(edge)
        b.branch(self.branch(succ))
        b.position_at_end(here)
        return edge
