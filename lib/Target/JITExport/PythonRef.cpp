//===- PythonRef.cpp - pure-Python reference from the IR --------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// Generates <mod>_ref.py from the pyir module (never from the .py source):
// one Python function per function, with the IR's exact semantics made
// explicit - checked `int` arithmetic raising OverflowError outside int64,
// fixed-width wrap-around as masks, f32 rounding through struct, the
// frontend's 64-bit loop arithmetic (`arith`) as wrapping helpers, view
// accesses with their wrap-around and bounds checks on a memoryview.
//
// Control flow is structured Python. A function with one block is
// straight-line code. A CFG is lifted to scf on a copy of the function
// (MLIR's CFG-to-SCF transformation, then canonicalization, guarded against
// a miscompile of MLIR 22's, see UniqueConditionArgs) and emitted as
// nested `if`/`else` (scf.if), `if`/`elif` chains (scf.index_switch) and
// loops (scf.while): `for v in range(lb, ub)` for the frontend's counted
// loops, `while cond:` when the condition is small enough to compute twice,
// else `while flag:` with the condition assigned to the flag in the body.
// Yielded values become variables assigned in each branch; an scf.if whose
// results the function returns is emitted with a `return` in each branch
// (early returns). A loop with several exits comes out of the lifting as a
// do-while carrying an exit selector, followed by a switch on it. PyPy's
// tracer inlines such a function into its caller's trace when it has no
// loop (it does not inline a function that loops), and Numba compiles the
// loops as loops.
//
// The fallback is the former form, a `while True` state machine over block
// ids with block arguments as parallel assignments, used when the lifting
// fails or leaves something the structured emitter does not express: it
// handles any CFG, so every function the ops allow still gets a reference.
//
//===----------------------------------------------------------------------===//

#include "JITExportInternal.h"

#include "pyir/Dialect/PyIR/IR/PyIRDialect.h"
#include "pyir/Dialect/PyIR/IR/PyIROps.h"
#include "pyir/Dialect/PyIR/IR/PyIRTypes.h"
#include "pyir/Dialect/PyIR/IR/PythonLiteral.h"
#include "pyir/Dialect/PyIR/IR/ViewSlicing.h"
#include "pyir/Dialect/PyIR/Transforms/BoundedRewrite.h"
#include "pyir/Dialect/PyIR/Transforms/LiftingPreconditions.h"
#include "pyir/Runtime/pyir_errors.h"

#include "mlir/Conversion/ControlFlowToSCF/ControlFlowToSCF.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/UB/IR/UBOps.h"
#include "mlir/IR/Dominance.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Transforms/CFGToSCF.h"
#include "mlir/Transforms/GreedyPatternRewriteDriver.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/TypeSwitch.h"

#include "llvm/ADT/StringSwitch.h"
#include <algorithm>

#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace mlir;
using namespace pyir;

namespace {

const char *const kPrelude =
#include "PythonPrelude.inc"
    ;

std::string pyString(StringRef text) { return getPythonStringLiteral(text); }

/// getPythonLiteral, with the prelude's names for the floats that are not
/// finite.
std::string pyLiteral(Attribute attr) {
  if (std::optional<std::string> literal = getPythonLiteral(attr))
    return *literal;
  double value = cast<FloatAttr>(attr).getValueAsDouble();
  if (std::isnan(value))
    return "_NAN";
  return value < 0 ? "(-_INF)" : "_INF";
}

bool isSignedInt(Type type) {
  auto intType = dyn_cast<IntegerType>(type);
  return intType && !intType.isUnsigned();
}

unsigned bitWidth(Type type) { return type.getIntOrFloatBitWidth(); }

/// Wrap-around of the integer expression `e` to `type`.
std::string wrapExpr(Type type, const std::string &e) {
  unsigned bits = bitWidth(type);
  if (bits == 1)
    return "bool(" + e + ")";
  char mask[40], half[40];
  snprintf(mask, sizeof(mask), "0x%llX",
           bits == 64 ? ~0ULL : ((1ULL << bits) - 1));
  snprintf(half, sizeof(half), "0x%llX", 1ULL << (bits - 1));
  if (!isSignedInt(type))
    return "((" + e + ") & " + mask + ")";
  if (bits == 64)
    return "_pyir_w64(" + e + ")";
  return "((((" + e + ") + " + half + ") & " + mask + ") - " + half + ")";
}

/// A range check of the integer expression `e` against `type`.
std::string rangeExpr(Type type, const std::string &e) {
  unsigned bits = bitWidth(type);
  std::string lo, hi;
  if (isSignedInt(type)) {
    lo = "-" + std::to_string(1ULL << (bits - 1));
    hi = std::to_string((1ULL << (bits - 1)) - 1);
  } else {
    lo = "0";
    hi = std::to_string(bits == 64 ? ~0ULL : (1ULL << bits) - 1);
  }
  return "_pyir_range(" + e + ", " + lo + ", " + hi + ")";
}

/// Overflow handling of integer expression `e` of `type` under `mode`.
std::string overflowExpr(Type type, std::optional<OverflowMode> mode,
                         const std::string &e) {
  if (!mode || *mode == OverflowMode::wrap)
    return wrapExpr(type, e);
  return rangeExpr(type, e);
}

class FunctionEmitter {
public:
  FunctionEmitter(raw_ostream &os, const FunctionSummary &fn)
      : out(&os), fn(fn) {}

  /// The whole function. `structured`: `func` is the lifted copy (one
  /// block, scf regions); otherwise the state machine over its CFG.
  LogicalResult emit(func::FuncOp func, bool structured);
  /// Why a function with several blocks is a state machine (a comment).
  void setNote(StringRef text) { note = text.str(); }

private:
  /// Where the terminator of a structured op's region sends its values:
  /// `return` them (the op is in tail position), or assign them to `names`.
  struct Sink {
    bool ret = false;
    SmallVector<std::string> names;
  };

  std::string name(Value value) {
    auto it = names.find(value);
    if (it != names.end())
      return it->second;
    std::string n = "_v" + std::to_string(counter++);
    names[value] = n;
    return n;
  }
  void line(const std::string &text) { out->indent(indent) << text << "\n"; }
  LogicalResult emitOp(Operation &op);
  std::string expr(Operation &op, bool &ok);
  /// The Python expression of `op`, by op family; nullopt for an op of
  /// another family.
  std::optional<std::string> valueExpr(Operation &op);
  std::optional<std::string> arithmeticExpr(Operation &op);
  std::optional<std::string> conversionExpr(Operation &op);
  std::optional<std::string> arithDialectExpr(Operation &op);
  void emitIndex(Value view, OperandRange indices, bool boundscheck,
                 bool wraparound, std::string &subscript);
  void emitBranch(Block *dest, OperandRange operands);
  LogicalResult emitStateMachine(Region &body);

  // Structured control flow (a lifted copy of the function).
  void assign(ArrayRef<std::string> lhs, ArrayRef<std::string> rhs);
  void assign(ArrayRef<std::string> lhs, ValueRange values);
  LogicalResult emitBlock(Block &block, const Sink &sink);
  LogicalResult emitTerminator(Operation &op, const Sink &sink);
  std::string returnStatement(Value value);
  LogicalResult emitRegionTo(Region &region, const Sink &sink,
                             std::string &text);
  LogicalResult emitIf(scf::IfOp op, const Sink &sink);
  LogicalResult emitSwitch(scf::IndexSwitchOp op, const Sink &sink);
  LogicalResult emitWhile(scf::WhileOp op);
  LogicalResult emitCountedLoop(scf::WhileOp op, unsigned iv, Value ub,
                                arith::AddIOp next);

  raw_ostream *out;
  const FunctionSummary &fn;
  unsigned indent = 4;
  unsigned tmp = 0;
  unsigned counter = 0;
  llvm::DenseMap<Value, std::string> names;
  llvm::DenseMap<Block *, unsigned> blockIds;
  /// Ops not to emit: a counted loop's increment, replaced by `range`.
  llvm::DenseSet<Operation *> skipped;
  std::string note;
};

void FunctionEmitter::emitIndex(Value view, OperandRange indices,
                                bool boundscheck, bool wraparound,
                                std::string &subscript) {
  std::string v = name(view);
  for (auto [axis, index] : llvm::enumerate(indices)) {
    std::string i = name(index);
    if (boundscheck || wraparound) {
      std::string t = "_i" + std::to_string(tmp++);
      std::string n = v + ".shape[" + std::to_string(axis) + "]";
      line(t + " = " + i);
      if (wraparound)
        line("if " + t + " < 0: " + t + " += " + n);
      if (boundscheck)
        line("if not 0 <= " + t + " < " + n +
             ": raise IndexError(_PYIR_MSG_VIEW_INDEX)");
      i = t;
    }
    subscript += (axis ? ", " : "") + i;
  }
}

void FunctionEmitter::emitBranch(Block *dest, OperandRange operands) {
  if (!operands.empty()) {
    std::string lhs, rhs;
    for (auto [k, value] : llvm::enumerate(operands)) {
      lhs += (k ? ", " : "") + name(dest->getArgument(k));
      rhs += (k ? ", " : "") + name(value);
    }
    line(lhs + " = " + rhs);
  }
  line("_b = " + std::to_string(blockIds.lookup(dest)));
}

/// The Python expression of a single-result op, or "" (ok=false) if the
/// op is not supported.
/// Constants, the frontend's view conversion, extents and tuples.
std::optional<std::string> FunctionEmitter::valueExpr(Operation &op) {
  auto n = [&](unsigned i) { return name(op.getOperand(i)); };
  Type type = op.getNumResults() ? op.getResult(0).getType() : Type();

  if (auto c = dyn_cast<ConstantOp>(op))
    return pyLiteral(c.getValue());
  // The frontend's view conversion (contiguous to strided) changes only the
  // static type.
  if (auto cast = dyn_cast<UnrealizedConversionCastOp>(op)) {
    if (cast->getNumOperands() == 1 &&
        isa<ViewType>(cast->getOperand(0).getType()) && isa<ViewType>(type))
      return n(0);
  }
  if (auto c = dyn_cast<arith::ConstantOp>(op))
    return pyLiteral(c.getValue());
  if (auto o = dyn_cast<DimOp>(op))
    return n(0) + ".shape[" + std::to_string(o.getAxis()) + "]";
  if (auto o = dyn_cast<StrideOp>(op))
    return n(0) + ".strides[" + std::to_string(o.getAxis()) + "]";
  if (isa<ViewRefOp>(op))
    return n(0);
  if (auto o = dyn_cast<SubviewOp>(op)) {
    // Python's own slicing, `base[key]`, with the key Python builds for
    // `base[i, lo:hi:step]`: one item alone (a memoryview refuses a 1-tuple
    // of a slice), several in a tuple.
    std::string key;
    unsigned next = 1;
    for (int64_t code : o.getKeys()) {
      if (!key.empty())
        key += ", ";
      if (code == view_key::kIndex) {
        key += n(next++);
        continue;
      }
      key += "slice(";
      for (int64_t part :
           {view_key::kStart, view_key::kStop, view_key::kStep}) {
        if (part != view_key::kStart)
          key += ", ";
        key += code & part ? n(next++) : "None";
      }
      key += ")";
    }
    if (o.getKeys().size() > 1)
      key = "(" + key + ")";
    return "_pyir_subview(" + n(0) + ", " + key + ")";
  }
  if (isa<TupleOp>(op)) {
    std::string result = "(";
    for (unsigned i = 0; i < op.getNumOperands(); ++i)
      result += n(i) + ", ";
    return result + ")";
  }
  if (auto o = dyn_cast<TupleGetOp>(op))
    return n(0) + "[" + std::to_string(o.getIndex()) + "]";
  if (auto alloc = dyn_cast<AllocOp>(op)) {
    std::string shape = "(";
    for (unsigned i = 0; i < op.getNumOperands(); ++i)
      shape += n(i) + ", ";
    Type element = alloc.getViewType().getElementType();
    return "_pyir_alloc(" + shape + "), \"" +
           (element.isF64() ? std::string("f64") : getPythonTypeName(element)) +
           "\", " + (alloc.getZero() ? "True" : "False") + ")";
  }
  return std::nullopt;
}

/// The pyir dialect's arithmetic, bitwise and comparison ops.
std::optional<std::string> FunctionEmitter::arithmeticExpr(Operation &op) {
  auto n = [&](unsigned i) { return name(op.getOperand(i)); };
  Type type = op.getNumResults() ? op.getResult(0).getType() : Type();
  bool isFloat = type && isa<FloatType>(type);
  bool isF32 = type && type.isF32();
  auto f32 = [&](const std::string &e) {
    return isF32 ? "_pyir_f32(" + e + ")" : e;
  };
  auto binary = [&](const char *pyOp) {
    return n(0) + " " + pyOp + " " + n(1);
  };
  auto checked = [](std::optional<OverflowMode> mode) {
    return mode && *mode == OverflowMode::checked;
  };
  auto isI64 = [&] { return type.isSignlessInteger(64); };
  auto intArith = [&](std::optional<OverflowMode> mode, const char *pyOp,
                      const char *helper) -> std::string {
    if (isFloat)
      return f32(binary(pyOp));
    if (checked(mode) && isI64())
      return std::string(helper) + "(" + n(0) + ", " + n(1) + ")";
    return overflowExpr(type, mode, binary(pyOp));
  };

  if (auto o = dyn_cast<AddOp>(op))
    return intArith(o.getOverflow(), "+", "_pyir_add_ck");
  if (auto o = dyn_cast<SubOp>(op))
    return intArith(o.getOverflow(), "-", "_pyir_sub_ck");
  if (auto o = dyn_cast<MulOp>(op))
    return intArith(o.getOverflow(), "*", "_pyir_mul_ck");
  if (auto o = dyn_cast<PowOp>(op)) {
    if (isFloat)
      return (type.isF32() ? "_pyir_f32pow(" : "_pyir_fpow(") + n(0) + ", " +
             n(1) + ")";
    return "_pyir_ipow(" + n(0) + ", " + n(1) + ", " +
           std::to_string(bitWidth(type)) + ", " +
           (isSignedInt(type) ? "True" : "False") + ", " +
           (checked(o.getOverflow()) ? "True" : "False") + ")";
  }
  if (auto o = dyn_cast<FloorDivOp>(op)) {
    if (isFloat)
      return f32(binary("//"));
    if (o.getCdivision())
      return wrapExpr(type, "_pyir_cdiv(" + n(0) + ", " + n(1) + ")");
    if (checked(o.getOverflow()) && isI64())
      return "_pyir_floordiv_ck(" + n(0) + ", " + n(1) + ")";
    return overflowExpr(type, o.getOverflow(), binary("//"));
  }
  if (auto o = dyn_cast<ModOp>(op)) {
    if (isFloat)
      return f32(binary("%"));
    if (o.getCdivision())
      return "_pyir_cmod(" + n(0) + ", " + n(1) + ")";
    return "_pyir_mod(" + n(0) + ", " + n(1) + ")";
  }
  if (isa<TrueDivOp>(op))
    return f32(binary("/"));
  if (auto o = dyn_cast<NegOp>(op)) {
    if (isFloat)
      return "-" + n(0);
    if (checked(o.getOverflow()) && isI64())
      return "_pyir_neg_ck(" + n(0) + ")";
    return overflowExpr(type, o.getOverflow(), "-" + n(0));
  }
  if (auto o = dyn_cast<AbsOp>(op)) {
    if (isFloat)
      return "abs(" + n(0) + ")";
    if (checked(o.getOverflow()) && isI64())
      return "_pyir_abs_ck(" + n(0) + ")";
    return overflowExpr(type, o.getOverflow(), "abs(" + n(0) + ")");
  }
  if (isa<AndOp>(op))
    return binary("&");
  if (isa<OrOp>(op))
    return binary("|");
  if (isa<XorOp>(op))
    return type.isInteger(1) ? binary("!=") : binary("^");
  if (isa<InvertOp>(op)) {
    if (isSignedInt(type))
      return "~" + n(0);
    return wrapExpr(type, "~" + n(0));
  }
  if (auto o = dyn_cast<ShlOp>(op))
    return "_pyir_shl(" + n(0) + ", " + n(1) + ", " +
           std::to_string(bitWidth(type)) + ", " +
           (isSignedInt(type) ? "True" : "False") + ", " +
           (o.getOverflow() == OverflowMode::checked ? "True" : "False") + ")";
  if (isa<ShrOp>(op))
    return "_pyir_shr(" + n(0) + ", " + n(1) + ")";
  if (auto o = dyn_cast<CmpOp>(op)) {
    static const char *const ops[] = {"<", "<=", "==", "!=", ">", ">="};
    return binary(ops[static_cast<unsigned>(o.getPredicate())]);
  }
  return std::nullopt;
}

/// Casts, `round` and the `math` functions.
std::optional<std::string> FunctionEmitter::conversionExpr(Operation &op) {
  auto n = [&](unsigned i) { return name(op.getOperand(i)); };
  Type type = op.getNumResults() ? op.getResult(0).getType() : Type();
  bool isF32 = type && type.isF32();
  auto f32 = [&](const std::string &e) {
    return isF32 ? "_pyir_f32(" + e + ")" : e;
  };

  if (auto o = dyn_cast<CastOp>(op)) {
    Type from = o.getInput().getType();
    std::string in = n(0);
    if (type.isF64())
      return from.isF32() ? in : "float(" + in + ")";
    if (type.isF32()) {
      if (isa<FloatType>(from))
        return from.isF32() ? in : "_pyir_f32(" + in + ")";
      if (from.isInteger(1))
        return "float(" + in + ")";
      return "_pyir_int_to_f32(" + in + ")";
    }
    if (isa<FloatType>(from))
      in = "_pyir_ftoi(" + in + ")";
    else if (from.isInteger(1))
      return "int(" + in + ")";
    return overflowExpr(type, o.getOverflow(), in);
  }
  if (auto o = dyn_cast<RoundOp>(op)) {
    if (o.getNdigits())
      return f32("round(" + n(0) + ", " + n(1) + ")");
    return rangeExpr(type, "round(" + n(0) + ")");
  }
  if (auto o = dyn_cast<MathUnaryOp>(op)) {
    std::string fnName = stringifyUnaryMathFn(o.getFn()).str();
    // frexp and modf: an element of the tuple Python's function returns.
    std::string call =
        llvm::StringSwitch<std::string>(fnName)
            .Case("frexp_mantissa", "_math.frexp(" + n(0) + ")[0]")
            .Case("frexp_exponent", "_math.frexp(" + n(0) + ")[1]")
            .Case("modf_fraction", "_math.modf(" + n(0) + ")[0]")
            .Case("modf_integer", "_math.modf(" + n(0) + ")[1]")
            .Cases({"factorial", "cbrt", "exp2"},
                   "_pyir_" + fnName + "(" + n(0) + ")")
            .Default("_math." + fnName + "(" + n(0) + ")");
    if (type.isInteger(64))
      return rangeExpr(type, call);
    if (type.isInteger(1))
      return call;
    return f32(call);
  }
  if (auto o = dyn_cast<MathBinaryOp>(op)) {
    std::string fnName = stringifyBinaryMathFn(o.getFn()).str();
    std::string module =
        o.getFn() == BinaryMathFn::comb || o.getFn() == BinaryMathFn::perm
            ? "_pyir_"
            : "_math.";
    std::string call = module + fnName + "(" + n(0) + ", " + n(1) + ")";
    if (type.isInteger(64))
      return rangeExpr(type, call);
    return f32(call);
  }
  if (isa<MathIsCloseOp>(op))
    return "_math.isclose(" + n(0) + ", " + n(1) + ", rel_tol=" + n(2) +
           ", abs_tol=" + n(3) + ")";
  return std::nullopt;
}

/// The arith and ub ops of the frontend's loops and of lifting to scf.
std::optional<std::string> FunctionEmitter::arithDialectExpr(Operation &op) {
  auto n = [&](unsigned i) { return name(op.getOperand(i)); };
  Type type = op.getNumResults() ? op.getResult(0).getType() : Type();
  bool isFloat = type && isa<FloatType>(type);
  auto binary = [&](const char *pyOp) {
    return n(0) + " " + pyOp + " " + n(1);
  };

  // The frontend's 64-bit loop arithmetic: two's complement, wrapping.
  if (isa<arith::AddIOp>(op))
    return type.isInteger(1) ? binary("!=") : wrapExpr(type, binary("+"));
  if (isa<arith::SubIOp>(op))
    return wrapExpr(type, binary("-"));
  if (isa<arith::MulIOp>(op))
    return wrapExpr(type, binary("*"));
  if (isa<arith::DivUIOp>(op) && type.isInteger(64))
    return "_pyir_divu64(" + n(0) + ", " + n(1) + ")";
  if (isa<arith::XOrIOp>(op))
    return type.isInteger(1) ? binary("!=") : binary("^");
  if (isa<arith::AndIOp>(op))
    return binary("&");
  if (isa<arith::OrIOp>(op))
    return binary("|");
  // What lifting to scf adds: undefined values on paths that do not use
  // them (a value of the type, for Numba's typing), branch selectors.
  if (isa<ub::PoisonOp>(op)) {
    if (type.isInteger(1))
      return "False";
    if (isa<IntegerType, IndexType>(type))
      return "0";
    return isFloat ? "0.0" : "None";
  }
  if (isa<arith::ExtUIOp, arith::IndexCastUIOp>(op)) {
    Type from = op.getOperand(0).getType();
    if (from.isInteger(1))
      return "int(" + n(0) + ")";
    if (isa<IntegerType>(from) && bitWidth(from) < 64)
      return wrapExpr(IntegerType::get(op.getContext(), bitWidth(from),
                                       IntegerType::Unsigned),
                      n(0));
    if (from.isInteger(64) || from.isIndex())
      return isa<IndexType>(type) ? n(0) : "_pyir_u64(" + n(0) + ")";
  }
  if (isa<arith::TruncIOp>(op) && type.isInteger(1))
    return "(" + n(0) + " & 1) == 1";
  if (isa<arith::IndexCastOp, arith::ExtSIOp, arith::TruncIOp>(op)) {
    Type from = op.getOperand(0).getType();
    auto width = [](Type t) { return t.isIndex() ? 64u : bitWidth(t); };
    if (!from.isInteger(1) && width(type) >= width(from))
      return n(0);
    if (!from.isInteger(1) && isa<IntegerType>(type) && !type.isInteger(1))
      return wrapExpr(type, n(0));
  }
  if (isa<arith::SelectOp>(op))
    return "(" + n(1) + " if " + n(0) + " else " + n(2) + ")";
  if (auto o = dyn_cast<arith::CmpIOp>(op)) {
    using P = arith::CmpIPredicate;
    std::string a = n(0), b = n(1);
    switch (o.getPredicate()) {
    case P::eq:
      return a + " == " + b;
    case P::ne:
      return a + " != " + b;
    case P::slt:
      return a + " < " + b;
    case P::sle:
      return a + " <= " + b;
    case P::sgt:
      return a + " > " + b;
    case P::sge:
      return a + " >= " + b;
    default:
      break;
    }
    if (o.getLhs().getType().isInteger(64)) {
      std::string ua = "_pyir_u64(" + a + ")", ub = "_pyir_u64(" + b + ")";
      switch (o.getPredicate()) {
      case P::ult:
        return ua + " < " + ub;
      case P::ule:
        return ua + " <= " + ub;
      case P::ugt:
        return ua + " > " + ub;
      case P::uge:
        return ua + " >= " + ub;
      default:
        break;
      }
    }
  }
  return std::nullopt;
}

std::string FunctionEmitter::expr(Operation &op, bool &ok) {
  for (auto family :
       {&FunctionEmitter::valueExpr, &FunctionEmitter::arithmeticExpr,
        &FunctionEmitter::conversionExpr, &FunctionEmitter::arithDialectExpr})
    if (std::optional<std::string> text = (this->*family)(op))
      return *text;
  ok = false;
  return "";
}

LogicalResult FunctionEmitter::emitOp(Operation &op) {
  if (auto load = dyn_cast<LoadOp>(op)) {
    std::string subscript;
    emitIndex(load.getView(), load.getIndices(), load.getBoundscheck(),
              load.getWraparound(), subscript);
    line(name(load.getResult()) + " = " + name(load.getView()) + "[" +
         subscript + "]");
    return success();
  }
  if (auto store = dyn_cast<StoreOp>(op)) {
    std::string subscript;
    emitIndex(store.getView(), store.getIndices(), store.getBoundscheck(),
              store.getWraparound(), subscript);
    line(name(store.getView()) + "[" + subscript +
         "] = " + name(store.getValue()));
    return success();
  }
  if (auto raise = dyn_cast<RaiseOp>(op)) {
    std::string message =
        raise.getMessage() ? pyString(*raise.getMessage()) : std::string();
    line("raise " + stringifyExceptionKind(raise.getKind()).str() + "(" +
         message + ")");
    return success();
  }
  if (auto assertOp = dyn_cast<AssertOp>(op)) {
    std::string message = assertOp.getMessage()
                              ? pyString(*assertOp.getMessage())
                              : std::string();
    line("if not " + name(assertOp.getCondition()) + ":");
    line("    raise " + stringifyExceptionKind(assertOp.getKind()).str() + "(" +
         message + ")");
    return success();
  }
  if (auto call = dyn_cast<func::CallOp>(op)) {
    std::string args;
    for (auto [k, v] : llvm::enumerate(call.getOperands()))
      args += (k ? ", " : "") + name(v);
    std::string callee = call.getCallee().str();
    // A function of another module (language.md §10): that module's, as
    // Python imports it (interpreted, or its extension).
    if (DictionaryAttr imported = fn.importedCallees.lookup(callee))
      callee = "_pyir_imported(" +
               pyString(imported.getAs<StringAttr>("absolute").getValue()) +
               ", " +
               pyString(imported.getAs<StringAttr>("py_name").getValue()) + ")";
    std::string text = callee + "(" + args + ")";
    // The callee returns its views as the extension does (plain NumPy
    // arrays); the caller reads them as its own views.
    if (call.getNumResults() == 1 && containsView(call.getResult(0).getType()))
      text = "_pyir_in(" + text + ")";
    if (call.getNumResults() == 1)
      text = name(call.getResult(0)) + " = " + text;
    else if (call.getNumResults() > 1)
      return op.emitError("multiple results are not supported");
    line(text);
    return success();
  }
  if (auto ret = dyn_cast<func::ReturnOp>(op)) {
    if (ret.getNumOperands() == 0)
      line("return None");
    else if (ret.getNumOperands() == 1)
      line(returnStatement(ret.getOperand(0)));
    else
      return op.emitError("multiple results are not supported");
    return success();
  }
  if (auto br = dyn_cast<cf::BranchOp>(op)) {
    emitBranch(br.getDest(), br.getDestOperands());
    line("continue");
    return success();
  }
  if (auto condBr = dyn_cast<cf::CondBranchOp>(op)) {
    line("if " + name(condBr.getCondition()) + ":");
    indent += 4;
    emitBranch(condBr.getTrueDest(), condBr.getTrueDestOperands());
    indent -= 4;
    line("else:");
    indent += 4;
    emitBranch(condBr.getFalseDest(), condBr.getFalseDestOperands());
    indent -= 4;
    line("continue");
    return success();
  }
  if (op.getNumResults() != 1)
    return op.emitError("op not supported by the Python reference: ")
           << op.getName();
  bool ok = true;
  std::string e = expr(op, ok);
  if (!ok)
    return op.emitError("op not supported by the Python reference: ")
           << op.getName();
  line(name(op.getResult(0)) + " = " + e);
  return success();
}

LogicalResult FunctionEmitter::emit(func::FuncOp func, bool structured) {
  std::string params;
  for (auto [k, p] : llvm::enumerate(fn.params)) {
    names[func.getArgument(k)] = p.name;
    params += (k ? ", " : "") + p.name;
    if (p.defaultValue)
      params += "=" + pyLiteral(p.defaultValue);
  }
  counter = names.size();
  *out << "\ndef " << fn.name << "(" << params << "):\n";
  if (!fn.doc.empty())
    line(pyString(fn.doc));
  // Arguments as the extension's glue converts them (language.md §6):
  // integers range-checked, f32 rounded, views as memoryviews.
  for (const ParamSummary &p : fn.params) {
    if (auto view = dyn_cast<ViewType>(p.type))
      line(p.name + " = _pyir_view(" + p.name + ", " +
           std::to_string(view.getRank()) +
           (view.getContiguous() ? ", True)" : ", False)"));
    else if (p.type.isF32())
      line(p.name + " = _pyir_f32(" + p.name + ")");
    else if (p.type.isInteger(1))
      line(p.name + " = bool(" + p.name + ")");
    else if (isa<IntegerType>(p.type))
      line(p.name + " = " + rangeExpr(p.type, p.name) + "");
  }
  if (structured)
    return emitBlock(func.getBody().front(), Sink{/*ret=*/true, {}});
  return emitStateMachine(func.getBody());
}

LogicalResult FunctionEmitter::emitStateMachine(Region &body) {
  for (Block &block : body)
    blockIds[&block] = blockIds.size();
  Block &entry = body.front();
  for (Operation &op : entry)
    if (!op.hasTrait<OpTrait::IsTerminator>() || isa<func::ReturnOp>(op))
      if (failed(emitOp(op)))
        return failure();
  Operation *terminator = entry.getTerminator();
  if (isa<func::ReturnOp>(terminator))
    return success();
  // The CFG: a state machine over block ids; the entry block's branch
  // picks the first state.
  if (auto br = dyn_cast<cf::BranchOp>(terminator)) {
    emitBranch(br.getDest(), br.getDestOperands());
  } else if (auto condBr = dyn_cast<cf::CondBranchOp>(terminator)) {
    line("if " + name(condBr.getCondition()) + ":");
    indent += 4;
    emitBranch(condBr.getTrueDest(), condBr.getTrueDestOperands());
    indent -= 4;
    line("else:");
    indent += 4;
    emitBranch(condBr.getFalseDest(), condBr.getFalseDestOperands());
    indent -= 4;
  } else {
    return terminator->emitError("terminator not supported by the Python "
                                 "reference: ")
           << terminator->getName();
  }
  if (!note.empty()) {
    std::string text = note;
    std::replace(text.begin(), text.end(), '\n', ' ');
    line("# Not structured (" + text + "): a state machine.");
  }
  line("while True:");
  indent += 4;
  bool first = true;
  for (Block &block : llvm::drop_begin(body)) {
    line(std::string(first ? "if" : "elif") +
         " _b == " + std::to_string(blockIds.lookup(&block)) + ":");
    first = false;
    indent += 4;
    for (Operation &op : block)
      if (failed(emitOp(op)))
        return failure();
    indent -= 4;
  }
  line("else:");
  line("    raise RuntimeError(\"pyir reference: bad block id\")");
  indent -= 4;
  return success();
}

//===----------------------------------------------------------------------===//
// Structured control flow
//===----------------------------------------------------------------------===//

/// `lhs = rhs` as one parallel assignment, leaving out empty targets and
/// self-assignments.
void FunctionEmitter::assign(ArrayRef<std::string> lhs,
                             ArrayRef<std::string> rhs) {
  std::string l, r;
  for (auto [target, source] : llvm::zip_equal(lhs, rhs)) {
    if (target.empty() || target == source)
      continue;
    l += (l.empty() ? "" : ", ") + target;
    r += (r.empty() ? "" : ", ") + source;
  }
  if (!l.empty())
    line(l + " = " + r);
}

void FunctionEmitter::assign(ArrayRef<std::string> lhs, ValueRange values) {
  SmallVector<std::string> rhs;
  for (Value value : values)
    rhs.push_back(name(value));
  assign(lhs, rhs);
}

/// The ops of `block`; its terminator hands its values to `sink`. An
/// scf.if/scf.index_switch whose results are what the block returns is
/// emitted in tail position: each branch returns (early `return`s, as in
/// the source) instead of assigning results that are returned next.
LogicalResult FunctionEmitter::emitBlock(Block &block, const Sink &sink) {
  for (Operation &op : block) {
    if (skipped.contains(&op))
      continue;
    if (op.hasTrait<OpTrait::IsTerminator>())
      return emitTerminator(op, sink);
    if (isa<scf::IfOp, scf::IndexSwitchOp>(op)) {
      Operation *next = op.getNextNode();
      bool tail = op.getNumResults() && next &&
                  (isa<func::ReturnOp>(next) ||
                   (sink.ret && isa<scf::YieldOp>(next))) &&
                  ValueRange(next->getOperands()) == op.getResults();
      Sink inner;
      inner.ret = tail;
      if (!tail)
        for (Value result : op.getResults())
          inner.names.push_back(name(result));
      if (failed(isa<scf::IfOp>(op)
                     ? emitIf(cast<scf::IfOp>(op), inner)
                     : emitSwitch(cast<scf::IndexSwitchOp>(op), inner)))
        return failure();
      if (tail)
        return success();
      continue;
    }
    if (auto loop = dyn_cast<scf::WhileOp>(op)) {
      if (failed(emitWhile(loop)))
        return failure();
      continue;
    }
    if (failed(emitOp(op)))
      return failure();
    // Nothing after a raise runs (its block still needs a terminator).
    if (isa<RaiseOp>(op))
      return success();
  }
  return success();
}

LogicalResult FunctionEmitter::emitTerminator(Operation &op, const Sink &sink) {
  if (isa<func::ReturnOp>(op))
    return emitOp(op);
  // A loop's condition: emitWhile tests it.
  if (isa<scf::ConditionOp>(op))
    return success();
  auto yield = dyn_cast<scf::YieldOp>(op);
  if (!yield)
    return op.emitError("terminator not supported by the Python reference: ")
           << op.getName();
  if (!sink.ret) {
    assign(sink.names, yield.getResults());
    return success();
  }
  if (yield.getNumOperands() > 1)
    return op.emitError("multiple results are not supported");
  line(yield.getNumOperands() ? returnStatement(yield.getOperand(0))
                              : std::string("return None"));
  return success();
}

/// `return v`, its views as the extension returns them (_pyir_out: plain
/// NumPy arrays, not the reference's own view type).
std::string FunctionEmitter::returnStatement(Value value) {
  if (containsView(value.getType()))
    return "return _pyir_out(" + name(value) + ")";
  return "return " + name(value);
}

/// The single block of `region`, indented one level, into `text`.
LogicalResult FunctionEmitter::emitRegionTo(Region &region, const Sink &sink,
                                            std::string &text) {
  // A value computed in the region only to be yielded is computed into
  // the result's variable (no copy). Not for loops: their variables are
  // read in the body until the yield.
  if (!sink.ret && region.hasOneBlock() &&
      isa<scf::IfOp, scf::IndexSwitchOp>(region.getParentOp())) {
    Operation *yield = region.front().getTerminator();
    for (auto [k, value] : llvm::enumerate(yield->getOperands())) {
      Operation *def = value.getDefiningOp();
      if (def && def->getBlock() == &region.front() && value.hasOneUse() &&
          !names.count(value) && !sink.names[k].empty())
        names[value] = sink.names[k];
    }
  }
  llvm::raw_string_ostream stream(text);
  raw_ostream *saved = out;
  out = &stream;
  indent += 4;
  LogicalResult result =
      region.hasOneBlock()
          ? emitBlock(region.front(), sink)
          : region.getParentOp()->emitError("region without a single block");
  indent -= 4;
  out = saved;
  return result;
}

LogicalResult FunctionEmitter::emitIf(scf::IfOp op, const Sink &sink) {
  std::string condition = name(op.getCondition());
  std::string thenText, elseText;
  if (failed(emitRegionTo(op.getThenRegion(), sink, thenText)))
    return failure();
  // In tail position the `then` branch ends in a return (or raise): the
  // `else` branch follows unindented, like the source's early returns.
  if (sink.ret) {
    line("if " + condition + ":");
    *out << thenText;
    return op.getElseRegion().empty()
               ? success()
               : emitBlock(op.getElseRegion().front(), sink);
  }
  if (!op.getElseRegion().empty() &&
      failed(emitRegionTo(op.getElseRegion(), sink, elseText)))
    return failure();
  if (thenText.empty() && elseText.empty())
    return success();
  if (thenText.empty()) {
    line("if not " + condition + ":");
    *out << elseText;
    return success();
  }
  line("if " + condition + ":");
  *out << thenText;
  if (!elseText.empty()) {
    line("else:");
    *out << elseText;
  }
  return success();
}

LogicalResult FunctionEmitter::emitSwitch(scf::IndexSwitchOp op,
                                          const Sink &sink) {
  // Only a default: its block at this level.
  if (op.getNumCases() == 0)
    return emitBlock(op.getDefaultBlock(), sink);
  std::string selector = name(op.getArg());
  SmallVector<std::string> caseTexts(op.getNumCases());
  for (unsigned k = 0; k < op.getNumCases(); ++k)
    if (failed(emitRegionTo(op.getCaseRegions()[k], sink, caseTexts[k])))
      return failure();
  for (auto [k, value] : llvm::enumerate(op.getCases())) {
    line((k ? "elif " : "if ") + selector + " == " + std::to_string(value) +
         ":");
    *out << (caseTexts[k].empty() ? std::string(indent + 4, ' ') + "pass\n"
                                  : caseTexts[k]);
  }
  // In tail position every case returns (or raises): the default follows.
  if (sink.ret)
    return emitBlock(op.getDefaultBlock(), sink);
  std::string defaultText;
  if (failed(emitRegionTo(op.getDefaultRegion(), sink, defaultText)))
    return failure();
  if (!defaultText.empty()) {
    line("else:");
    *out << defaultText;
  }
  return success();
}

/// Whether the `before` region of a loop is small enough to emit twice (at
/// the loop entry and at the end of the body) so that the loop reads
/// `while cond:`: at most 16 ops, no loop inside.
static bool isSmallCondition(Block &block) {
  unsigned count = 0;
  WalkResult result = block.walk([&](Operation *op) {
    if (isa<scf::WhileOp, scf::ForOp>(op) || ++count > 16)
      return WalkResult::interrupt();
    return WalkResult::advance();
  });
  return !result.wasInterrupted();
}

/// An scf.while: the `before` region's arguments are the loop variables
/// (assigned the inits, then the `after` region's yields); the `after`
/// region's arguments and the loop's results are the condition's
/// arguments, which are still bound after the loop (Python has function
/// scope). Forms, best first:
///   counted:  for v in range(lb, ub): <after>      (see emitCountedLoop)
///   small:    <before>; while c: <after>; <before>
///             (a condition that is cheap to emit twice)
///   flag:     f = True; while f: <before>; f = c; if f: <after>
///             (`if f:` left out when `after` only reassigns loop variables
///             no result is bound to: the do-while loops MLIR's lifting
///             makes for loops with several exits)
LogicalResult FunctionEmitter::emitWhile(scf::WhileOp op) {
  Block *before = op.getBeforeBody(), *after = op.getAfterBody();
  scf::ConditionOp condition = op.getConditionOp();
  scf::YieldOp yield = op.getYieldOp();
  for (auto [arg, value] :
       llvm::zip_equal(after->getArguments(), condition.getArgs()))
    names[arg] = name(value);
  for (auto [result, value] :
       llvm::zip_equal(op.getResults(), condition.getArgs()))
    names[result] = name(value);

  // The frontend's counted loop: before = `cmpi slt %iv, %ub` forwarding
  // every argument, after yields `addi %iv, 1` in the counter's place.
  auto cmp = dyn_cast<arith::CmpIOp>(&before->front());
  if (cmp && cmp->getNextNode() == condition &&
      cmp.getPredicate() == arith::CmpIPredicate::slt &&
      condition.getCondition() == cmp.getResult() &&
      ValueRange(before->getArguments()) == condition.getArgs()) {
    auto iv = dyn_cast<BlockArgument>(cmp.getLhs());
    Value ub = cmp.getRhs();
    auto type = dyn_cast<IntegerType>(ub.getType());
    if (iv && iv.getOwner() == before && type && type.getWidth() > 1 &&
        ub.getParentRegion()->isAncestor(op->getParentRegion()) &&
        llvm::hasNItems(iv.getUses(), 2)) {
      unsigned k = iv.getArgNumber();
      auto next = yield.getResults()[k].getDefiningOp<arith::AddIOp>();
      Value counter = after->getArgument(k);
      APInt step;
      if (next && next->getBlock() == after &&
          ((next.getLhs() == counter &&
            matchPattern(next.getRhs(), m_ConstantInt(&step))) ||
           (next.getRhs() == counter &&
            matchPattern(next.getLhs(), m_ConstantInt(&step)))) &&
          step.isOne())
        return emitCountedLoop(op, k, ub, next);
    }
  }

  SmallVector<std::string> vars;
  for (BlockArgument arg : before->getArguments())
    vars.push_back(name(arg));
  assign(vars, op.getInits());
  auto emitBefore = [&] { return emitBlock(*before, Sink()); };
  Sink afterSink;
  afterSink.names = vars;
  std::string condName = name(condition.getCondition());
  bool afterEmpty = after->getOperations().size() == 1;
  if (!afterEmpty && isSmallCondition(*before)) {
    if (failed(emitBefore()))
      return failure();
    line("while " + condName + ":");
    indent += 4;
    if (failed(emitBlock(*after, afterSink)) || failed(emitBefore()))
      return failure();
    indent -= 4;
    return success();
  }
  // The results are the condition's arguments: the exit iteration must not
  // reassign a loop variable one of them is bound to.
  bool guardAfter = !afterEmpty;
  llvm::StringSet<> reassigned;
  for (auto [var, value] : llvm::zip_equal(vars, yield.getResults()))
    if (name(value) != var)
      reassigned.insert(var);
  for (Value value : condition.getArgs())
    guardAfter |= reassigned.contains(name(value));
  // The flag: the condition's own variable if `before` computes it (and
  // it is not a loop variable under another name, which `after` assigns).
  Operation *conditionDef = condition.getCondition().getDefiningOp();
  std::string flag = conditionDef && conditionDef->getBlock() == before &&
                             !llvm::is_contained(vars, condName)
                         ? condName
                         : "_c" + std::to_string(tmp++);
  line(flag + " = True");
  line("while " + flag + ":");
  indent += 4;
  if (failed(emitBefore()))
    return failure();
  if (flag != condName)
    line(flag + " = " + condName);
  if (guardAfter) {
    line("if " + flag + ":");
    indent += 4;
  }
  if (failed(emitBlock(*after, afterSink)))
    return failure();
  indent -= guardAfter ? 8 : 4;
  return success();
}

/// A counted loop `for v in range(lb, ub)`. Exact: the loop ran while
/// `v < ub` (signed) with `v` stepping by 1, so `v + 1 <= ub` never wraps;
/// after it the counter is `ub` if the loop ran, else `lb`.
LogicalResult FunctionEmitter::emitCountedLoop(scf::WhileOp op, unsigned iv,
                                               Value ub, arith::AddIOp next) {
  Block *before = op.getBeforeBody();
  SmallVector<std::string> vars;
  for (BlockArgument arg : before->getArguments())
    vars.push_back(name(arg));
  std::string lb = name(op.getInits()[iv]), bound = name(ub);
  std::string ivName = vars[iv];
  vars[iv].clear();
  assign(vars, op.getInits());
  if (next->hasOneUse())
    skipped.insert(next);
  line("for " + ivName + " in range(" + lb + ", " + bound + "):");
  std::string body;
  Sink sink;
  sink.names = vars;
  if (failed(emitRegionTo(op.getAfter(), sink, body)))
    return failure();
  *out << (body.empty() ? std::string(indent + 4, ' ') + "pass\n" : body);
  Value last = op.getResult(iv);
  if (!last.use_empty()) {
    std::string n = "_v" + std::to_string(counter++);
    names[last] = n;
    line(n + " = " + bound + " if " + lb + " < " + bound + " else " + lb);
  }
  return success();
}

/// Protects the scf.while canonicalization WhileMoveIfDown of MLIR 22, which
/// miscompiles a loop whose scf.condition forwards one scf.if result as
/// several operands (the copies after the first get the `else` value;
/// llvm/llvm-project#219456, fixed upstream by #219458, not in 22.1): with
/// a higher benefit, this pattern rewrites such a loop first, so that every
/// operand is distinct. The uses of a copy's `after` argument and loop
/// result move to the first occurrence's, and the copy, now unused,
/// becomes ub.poison (left as is when duplicated: not an scf.if result).
struct UniqueConditionArgs : public OpRewritePattern<scf::WhileOp> {
  UniqueConditionArgs(MLIRContext *context)
      : OpRewritePattern(context, /*benefit=*/100) {}

  LogicalResult matchAndRewrite(scf::WhileOp op,
                                PatternRewriter &rewriter) const override {
    scf::ConditionOp condition = op.getConditionOp();
    bool changed = false;
    for (unsigned j = 0; j < condition.getArgs().size(); ++j) {
      Value value = condition.getArgs()[j];
      if (value.getDefiningOp<ub::PoisonOp>())
        continue;
      auto first = llvm::find(condition.getArgs(), value);
      unsigned i = std::distance(condition.getArgs().begin(), first);
      if (i == j)
        continue;
      rewriter.replaceAllUsesWith(op.getAfterArguments()[j],
                                  op.getAfterArguments()[i]);
      rewriter.replaceAllUsesWith(op.getResult(j), op.getResult(i));
      rewriter.setInsertionPoint(condition);
      Value poison =
          ub::PoisonOp::create(rewriter, op.getLoc(), value.getType());
      rewriter.modifyOpInPlace(
          condition, [&] { condition.getArgsMutable()[j].set(poison); });
      changed = true;
    }
    return success(changed);
  }
};

/// Every canonicalization pattern of the context (as pyir-lift-loops),
/// with UniqueConditionArgs.
FrozenRewritePatternSet getCanonicalPatterns(MLIRContext *context) {
  RewritePatternSet patterns(context);
  pyir::populateAllCanonicalizationPatterns(patterns);
  patterns.add<UniqueConditionArgs>(context);
  return FrozenRewritePatternSet(std::move(patterns));
}

/// Lifts the CFG of `func` (a detached copy) to scf.if/scf.while/
/// scf.index_switch with MLIR's CFG-to-SCF transformation, then
/// canonicalizes. Fails, leaving `func` in an unspecified state, if the
/// transformation or the canonicalization does, or if any CF op is left.
LogicalResult liftToSCF(func::FuncOp func,
                        const FrozenRewritePatternSet &canonical) {
  if (pyir::isUnsafeToLift(func.getBody()))
    return failure();
  ControlFlowToSCFTransformation transformation;
  DominanceInfo dominance(func);
  if (failed(transformCFGToSCF(func.getBody(), transformation, dominance)))
    return failure();
  if (failed(pyir::applyPatternsBounded(func, canonical)) ||
      !func.getBody().hasOneBlock())
    return failure();
  // No CF op left; `index` values (the lifting's branch selectors) only
  // where the emitter expects them.
  WalkResult result = func.walk([](Operation *op) {
    if (isa<cf::ControlFlowDialect>(op->getDialect()))
      return WalkResult::interrupt();
    auto isIndex = [](Type type) { return type.isIndex(); };
    if ((llvm::any_of(op->getOperandTypes(), isIndex) ||
         llvm::any_of(op->getResultTypes(), isIndex)) &&
        !isa<arith::ConstantOp, arith::IndexCastOp, arith::IndexCastUIOp,
             arith::SelectOp, ub::PoisonOp, scf::IndexSwitchOp, scf::IfOp,
             scf::WhileOp, scf::YieldOp, scf::ConditionOp>(op))
      return WalkResult::interrupt();
    return WalkResult::advance();
  });
  if (result.wasInterrupted())
    return func.emitError("the lifted function has an op the structured "
                          "emitter does not take");
  return success();
}

/// The structured form of a function with several blocks, or "" with the
/// reason in `reason`.
std::string emitStructured(func::FuncOp func, const FunctionSummary &fn,
                           const FrozenRewritePatternSet &canonical,
                           std::string &reason) {
  MLIRContext *context = func.getContext();
  auto copy = cast<func::FuncOp>(func->clone());
  llvm::scope_exit eraseCopy([&] { copy->erase(); });
  ScopedDiagnosticHandler quiet(context, [&](Diagnostic &d) {
    if (reason.empty())
      reason = d.str();
    return success();
  });
  if (failed(liftToSCF(copy, canonical))) {
    if (reason.empty())
      reason = "the CFG did not lift to scf";
    return "";
  }
  std::string text;
  llvm::raw_string_ostream os(text);
  FunctionEmitter emitter(os, fn);
  if (failed(emitter.emit(copy, /*structured=*/true)))
    return "";
  return text;
}

} // namespace

std::string pyir::getReferenceLiteral(Attribute attr) {
  return pyLiteral(attr);
}

LogicalResult pyir::writePythonReference(ModuleOp module, raw_ostream &os) {
  ModuleInfo info = analyzeModule(module);
  os << "# Generated by pyirc --emit=jit from the pyir IR of module '"
     << info.name << "' (dialect " << info.dialectVersion << "); do not edit.\n"
     << "# Pure Python with the compiled module's exact semantics; see "
        "docs/interchange.md.\n";
  if (auto doc = module->getAttrOfType<StringAttr>(
          PyIRDialect::DocAttrHelper::getNameStr()))
    os << pyString(doc.getValue()) << "\n";
  os << "\n# The C runtime's messages (include/pyir/Runtime/pyir_errors.h).\n";
#define PYIR_PYTHON_MESSAGE(ID, KIND, TEXT)                                    \
  os << "_PYIR_MSG_" #ID " = " << pyString(TEXT) << "\n";
  PYIR_MESSAGES(PYIR_PYTHON_MESSAGE)
#undef PYIR_PYTHON_MESSAGE
  os << kPrelude;
  os << "\nPYIR_MODULE = " << pyString(info.name) << "\n";
  if (llvm::any_of(module.getOps<func::FuncOp>(), [](func::FuncOp func) {
        return func->hasAttr(PyIRDialect::ImportedAttrHelper::getNameStr());
      }))
    os << "\n\ndef _pyir_imported(module, name):\n"
          "    # A function of another PyIR module (language.md section 10).\n"
          "    import importlib\n"
          "    return getattr(importlib.import_module(module), name)\n\n";
  os << "PYIR_DIALECT_VERSION = " << pyString(info.dialectVersion) << "\n";
  if (auto constants = module->getAttrOfType<DictionaryAttr>(
          PyIRDialect::ConstantsAttrHelper::getNameStr())) {
    for (NamedAttribute entry : constants)
      os << entry.getName().strref() << " = " << pyLiteral(entry.getValue())
         << "\n";
  }
  // Structured control flow needs these in the context (the pipeline
  // usually loaded them already).
  MLIRContext *context = module.getContext();
  context->loadDialect<arith::ArithDialect, cf::ControlFlowDialect,
                       scf::SCFDialect, ub::UBDialect>();
  std::optional<FrozenRewritePatternSet> canonical;
  std::string all;
  for (func::FuncOp func : module.getOps<func::FuncOp>()) {
    if (func.isExternal())
      continue;
    const FunctionSummary &fn = info.functions[func.getSymName()];
    std::string text, reason;
    // A CFG is emitted structured when it lifts to scf; the state machine
    // stays as the fallback for what the lifting or the structured emitter
    // cannot express (an op or a form they do not know), so that every
    // function the IR allows still gets a reference, if a slower one.
    if (!func.getBody().hasOneBlock()) {
      if (!canonical)
        canonical = getCanonicalPatterns(context);
      text = emitStructured(func, fn, *canonical, reason);
    }
    if (text.empty()) {
      llvm::raw_string_ostream fos(text);
      FunctionEmitter emitter(fos, fn);
      emitter.setNote(reason);
      if (failed(emitter.emit(func, /*structured=*/false)))
        return failure();
    }
    os << "\n" << text;
    if (fn.isPublic)
      all += pyString(fn.name) + ", ";
  }
  os << "\n__all__ = [" << all << "]\n";
  return success();
}
