"""The emitter: function entry, blocks and phis, raising, the op dispatch
and the control-flow, constant, tuple and call ops; Emitter gathers the op
families of the other files.
"""

import math

from llvmlite import ir
from numba.core import cgutils

from .. import _messages as _msg
from .common import (F32, F64, I1, I32, I64, I8P, _Unlikely, _View, _c,
                     _callee, _flat, _float_value, _int_const, _keep_strict,
                     _leaf_types, _leaves, _scalar, _tuple, _value_types,
                     _view)
from .checks import raise_exc, emit_view_checks
from .arith import ArithOps
from .casts import CastOps
from .owners import OwnerOps
from .runtime import RuntimeOps
from .slicing import SliceOps
from .views import ViewOps


def _result_leaves(name):
    """The values a result of type ``name`` is carried as: a view, or the
    scalars of a scalar or tuple."""
    return [name] if _view(name) else _flat(name)


def _borrowed(value):
    """``value`` as a function's parameter: a view the caller keeps alive
    for the whole call is borrowed (owners.py)."""
    if not isinstance(value, _View):
        return value
    return _View(value.data, value.shape, value.strides, value.aligned,
                 value.meminfo, value.parent, True)


class EmitterBase:
    def __init__(self, context, builder, functions):
        self.ctx, self.b, self.functions = context, builder, functions
        self.raise_blocks = {}
        self.start_blocks = set(id(bb) for bb in builder.function.blocks)
        self.values = {}
        self.vtypes = {}
        # Views (owners.py): the slots of the function being emitted and of
        # the whole emission, the block nulling them, whether every array
        # argument is aligned (then so is every view made from them).
        self.fn_slots, self.all_slots = [], []
        self.slots_block = None
        self.aligned = True

    # Entry and exit -------------------------------------------------------

    def enter(self, jfn, argtys, args, checks):
        """The top-level parameter values (views from Numba arrays) after
        the view argument checks; continues in a new block."""
        b = self.b
        emit_view_checks(self.ctx, b, checks, argtys, args)
        values = []
        for p, t, v in zip(jfn["params"], argtys, args):
            if _view(p["type"]):
                array = self.ctx.make_array(t)(self.ctx, b, v)
                values.append(_View(
                    b.bitcast(array.data, I8P),
                    cgutils.unpack_tuple(b, array.shape, t.ndim),
                    cgutils.unpack_tuple(b, array.strides, t.ndim),
                    t.aligned, array.meminfo, array.parent, True))
                self.aligned = self.aligned and t.aligned
            else:
                values.append(v)
        self.slots_block = self.new_block("pyir.slots")
        b.branch(self.slots_block)
        b.position_at_end(self.slots_block)
        body = self.new_block("pyir.%s" % jfn["name"])
        b.branch(body)
        b.position_at_end(body)
        return values

    def finish(self):
        self.release_on_raise()
        for bb in self.b.function.blocks:
            if id(bb) not in self.start_blocks:
                _keep_strict(bb)

    def new_block(self, name):
        return self.b.function.append_basic_block(name)

    # Control flow of one function (inlined) --------------------------------

    def emit_function(self, jfn, args):
        """Emits the body of ``jfn`` with parameter values ``args`` at the
        current position; returns its results (tuples as lists) with the
        builder at the end of the join block."""
        b = self.b
        saved = self.values, self.vtypes, self.fn_slots
        self.values, self.vtypes = {}, _value_types(jfn)
        self.fn_slots = []
        blocks = {blk["id"]: blk for blk in jfn["blocks"]}
        order = self._rpo(jfn)
        self.llblocks, self.phis = {}, {}
        here = b.block
        for bid in order:
            self.llblocks[bid] = self.new_block("pyir.%s.bb%d"
                                                % (jfn["name"], bid))
        entry = jfn["blocks"][0]
        for a, v in zip(entry["arguments"], args):
            self.values[a["id"]] = _borrowed(v)
        for bid in order[1:]:
            b.position_at_end(self.llblocks[bid])
            self.phis[bid] = []
            for a in blocks[bid]["arguments"]:
                phis = [b.phi(ll) for ll in _leaf_types(a["type"])]
                self.phis[bid].append(phis)
                self.values[a["id"]] = self._from_leaves(a["type"], phis)
        exit_block = self.new_block("pyir.%s.exit" % jfn["name"])
        returns = []
        b.position_at_end(here)
        b.branch(self.llblocks[entry["id"]])
        llblocks, phis = self.llblocks, self.phis
        for bid in order:
            b.position_at_end(llblocks[bid])
            for op in blocks[bid]["ops"]:
                self.llblocks, self.phis = llblocks, phis
                if op["name"] == "func.return":
                    flat = []
                    for v in op["operands"]:
                        value = self.values[v]
                        flat.extend(value if isinstance(value, list)
                                    else [value])
                    returns.append((flat, b.block))
                    b.branch(exit_block)
                    break
                if self.op(op):
                    break
        b.position_at_end(exit_block)
        flat_types = [t for r in jfn["results"] for t in _result_leaves(r)]
        flat = []
        for k, t in enumerate(flat_types):
            parts = []
            for j, ll in enumerate(_leaf_types(t)):
                if not returns:
                    parts.append(ir.Constant(ll, None))
                    continue
                phi = b.phi(ll)
                for values, block in returns:
                    phi.add_incoming(_leaves(values[k])[j], block)
                parts.append(phi)
            value = self._from_leaves(t, parts)
            if isinstance(value, _View):
                self.incref(value.meminfo)  # the caller's reference
            flat.append(value)
        self.release(self.fn_slots)
        results, pos = [], 0
        for r in jfn["results"]:
            n = len(_result_leaves(r))
            results.append(flat[pos] if n == 1 and not _tuple(r)
                           else flat[pos:pos + n])
            pos += n
        self.values, self.vtypes, self.fn_slots = saved
        return results

    def _from_leaves(self, name, parts):
        """The value of type ``name`` carried by LLVM values ``parts``."""
        if _view(name):
            return _View.from_parts(parts, self.aligned)
        return parts[0]

    @staticmethod
    def _rpo(jfn):
        succ = {}
        for blk in jfn["blocks"]:
            targets = []
            for op in blk["ops"]:
                # The ops after a raise (an inlined callee's) are never
                # run: neither are the blocks only they branch to.
                if op["name"] == "pyir.raise":
                    break
                for s in op.get("successors", []):
                    targets.append(s["block"])
            succ[blk["id"]] = targets
        seen, post = set(), []
        stack = [(jfn["blocks"][0]["id"], iter(succ[jfn["blocks"][0]["id"]]))]
        seen.add(jfn["blocks"][0]["id"])
        while stack:
            node, it = stack[-1]
            for nxt in it:
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, iter(succ[nxt])))
                    break
            else:
                post.append(node)
                stack.pop()
        return post[::-1]

    def _jump(self, succ):
        """Adds the successor's phi inputs from the current block; returns
        the target LLVM block."""
        b = self.b
        for phis, v in zip(self.phis.get(succ["block"], []),
                           succ["operands"]):
            for phi, x in zip(phis, _leaves(self.values[v])):
                phi.add_incoming(x, b.block)
        return self.llblocks[succ["block"]]

    # Raising --------------------------------------------------------------

    def raise_block(self, kind, text):
        key = (kind, text)
        if key not in self.raise_blocks:
            b = self.b
            here = b.block
            block = self.new_block("pyir.raise")
            b.position_at_end(block)
            raise_exc(self.ctx, b, kind, text)
            b.position_at_end(here)
            self.raise_blocks[key] = block
        return self.raise_blocks[key]

    def raise_if(self, cond, kind, text):
        """Raises kind(text) when cond; continues in a new block."""
        b = self.b
        cont = self.new_block("pyir.cont")
        br = b.cbranch(cond, self.raise_block(kind, text), cont)
        br.set_weights([1, 1 << 20])
        b.position_at_end(cont)

    def raise_msg(self, cond, name):
        kind, text = _msg.CORE[name]
        self.raise_if(cond, kind, text)

    def unlikely(self, cond):
        """``with self.unlikely(cond):`` the code emitted in the block runs
        only when cond (it ends by raising); the builder continues after."""
        return _Unlikely(self, cond)

    def if_value(self, cond, then_fn, else_fn):
        """cond ? then_fn() : else_fn(), each emitted in its own block."""
        b = self.b
        t, e, join = (self.new_block("pyir.then"), self.new_block("pyir.else"),
                      self.new_block("pyir.join"))
        b.cbranch(cond, t, e)
        b.position_at_end(t)
        tv = then_fn()
        t_end = b.block
        b.branch(join)
        b.position_at_end(e)
        ev = else_fn()
        e_end = b.block
        b.branch(join)
        b.position_at_end(join)
        phi = b.phi(tv.type)
        phi.add_incoming(tv, t_end)
        phi.add_incoming(ev, e_end)
        return phi

    # Small IR helpers ------------------------------------------------------

    def _fcall(self, name, args):
        """An LLVM floating-point intrinsic (llvm.floor, llvm.sqrt, ...)
        called on <1 x T>: Numba's fastmath pass adds the caller's flags to
        every call returning a float, which would let LLVM assume no NaN or
        infinity; a vector-typed call is left alone, and LLVM scalarises it
        to the same instruction or libm call."""
        b = self.b
        ty = args[0].type
        vty = ir.VectorType(ty, 1)
        suffix = "v1f64" if isinstance(ty, ir.DoubleType) else "v1f32"
        fn = cgutils.get_or_insert_function(
            b.module, ir.FunctionType(vty, [vty] * len(args)),
            "%s.%s" % (name, suffix))
        zero = _c(I32, 0)
        vargs = [b.insert_element(ir.Constant(vty, None), a, zero)
                 for a in args]
        return b.extract_element(b.call(fn, vargs), zero)

    def fabs(self, x):
        b = self.b
        it = I64 if isinstance(x.type, ir.DoubleType) else I32
        mask = (1 << (it.width - 1)) - 1
        return b.bitcast(b.and_(b.bitcast(x, it), _c(it, mask)), x.type)

    def isnan(self, x):
        return self.b.fcmp_unordered("uno", x, x)

    def isinf(self, x):
        return self.b.fcmp_ordered("==", self.fabs(x), _c(x.type, math.inf))

    def to_f64(self, x):
        return self.b.fpext(x, F64) if isinstance(x.type, ir.FloatType) \
            else x

    def from_f64(self, x, scalar):
        if isinstance(scalar.ll, ir.FloatType):
            return self.b.fptrunc(x, F32)
        return x

    def c_cast(self, v, src, dst):
        """C's conversion of v from scalar src to scalar dst, where it
        cannot fail: between floats (rounding), integer to float, and
        between integers (two's complement)."""
        b = self.b
        if src.name == dst.name or src.ll == dst.ll and \
                src.is_float == dst.is_float:
            return v
        if dst.is_float:
            if src.is_float:
                return b.fptrunc(v, dst.ll) if dst.bits < src.bits \
                    else b.fpext(v, dst.ll)
            if src.signed and not src.is_bool:
                return b.sitofp(v, dst.ll)
            return b.uitofp(v, dst.ll)
        assert not src.is_float, "float to int is not a C cast here"
        return self.narrow(self.widen(v, src), dst)

    def widen(self, v, scalar):
        """An integer or bool widened to 64 bits (sign-extended if signed)."""
        if scalar.bits == 64:
            return v
        return self.b.sext(v, I64) if scalar.signed and scalar.bits > 1 \
            else self.b.zext(v, I64)

    def narrow(self, v, scalar):
        return v if scalar.bits == 64 else self.b.trunc(v, scalar.ll)

    # Ops -------------------------------------------------------------------

    def op(self, op):
        """Emits one op; True if it ended the block."""
        vals = [self.values[v] for v in op["operands"]]
        types_ = [_scalar(self.vtypes[v]) for v in op["operands"]]
        rtypes = [r["type"] for r in op["results"]]
        if "runtime" in op:
            # The C runtime's function (runtime.py).
            result = self.call_runtime(op["runtime"], vals, types_,
                                       rtypes[0], op["attributes"])
        else:
            method = getattr(self, "op_" + op["name"].replace(".", "_"))
            result = method(op, vals, types_, rtypes, op["attributes"])
        if result is True:
            return True
        if op["results"] and result is not None:
            self.values[op["results"][0]["id"]] = result
        return False

    # constants, tuples, casts of views

    def op_pyir_constant(self, op, vals, ts, rts, attrs):
        scalar = _scalar(rts[0])
        value = attrs["value"]
        if scalar.is_float:
            return _c(scalar.ll, _float_value(value))
        if scalar.is_bool:
            return _c(I1, 1 if value else 0)
        return _int_const(scalar, int(value))

    op_arith_constant = op_pyir_constant

    def op_ub_poison(self, op, vals, ts, rts, attrs):
        return ir.Constant(_scalar(rts[0]).ll, None)

    def op_pyir_tuple(self, op, vals, ts, rts, attrs):
        flat = []
        for v in vals:
            flat.extend(v if isinstance(v, list) else [v])
        return flat

    def op_pyir_tuple_get(self, op, vals, ts, rts, attrs):
        elems = _tuple(self.vtypes[op["operands"][0]])
        index = attrs["index"]
        pos = sum(len(_flat(e)) for e in elems[:index])
        n = len(_flat(elems[index]))
        return vals[0][pos] if _scalar(elems[index]) \
            else vals[0][pos:pos + n]

    def op_builtin_unrealized_conversion_cast(self, op, vals, ts, rts, attrs):
        return vals[0]

    # control flow

    def op_cf_br(self, op, vals, ts, rts, attrs):
        self.b.branch(self._jump(op["successors"][0]))
        return True

    def op_cf_cond_br(self, op, vals, ts, rts, attrs):
        b = self.b
        s_true, s_false = op["successors"]
        if s_true["block"] == s_false["block"] and (s_true["operands"] or
                                                    s_false["operands"]):
            # One phi cannot take two values from one block: edge blocks.
            here, edges = b.block, []
            for succ in (s_true, s_false):
                edge = self.new_block("pyir.edge")
                b.position_at_end(edge)
                b.branch(self._jump(succ))
                edges.append(edge)
            b.position_at_end(here)
            b.cbranch(vals[0], *edges)
            return True
        t = self._jump(s_true)
        f = self._jump(s_false)
        b.cbranch(vals[0], t, f)
        return True

    def op_func_call(self, op, vals, ts, rts, attrs):
        b = self.b
        callee = self.functions[_callee(op)]
        saved = self.llblocks, self.phis
        results = self.emit_function(callee, vals)
        self.llblocks, self.phis = saved
        for r, v in zip(op["results"], results):
            # A returned view comes with a reference: the call's slot.
            self.values[r["id"]] = self.own(v) if isinstance(v, _View) \
                else v
        cont = self.new_block("pyir.ret")
        b.branch(cont)
        b.position_at_end(cont)
        return None

    def op_pyir_raise(self, op, vals, ts, rts, attrs):
        self.b.branch(self.raise_block(attrs["kind"],
                                       attrs.get("message", "") or ""))
        return True

    def op_pyir_assert(self, op, vals, ts, rts, attrs):
        self.raise_if(self.b.not_(vals[0]), attrs["kind"],
                      attrs.get("message", "") or "")

    # arith (the frontend's 64-bit loop arithmetic: two's complement)


class Emitter(RuntimeOps, ArithOps, CastOps, ViewOps, SliceOps, OwnerOps,
              EmitterBase):
    """Tier 1's emitter: EmitterBase with every op family."""
