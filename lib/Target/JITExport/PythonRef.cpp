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
// accesses with their wrap-around and bounds checks on a memoryview. A
// function with one block is straight-line code; a CFG becomes a
// `while True` state machine over block ids, which tracing JITs (PyPy) and
// Numba compile well.
//
//===----------------------------------------------------------------------===//

#include "JITExportInternal.h"

#include "pyir/Dialect/PyIR/IR/PyIRDialect.h"
#include "pyir/Dialect/PyIR/IR/PyIROps.h"
#include "pyir/Dialect/PyIR/IR/PyIRTypes.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/TypeSwitch.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace mlir;
using namespace pyir;

namespace {

const char *const kPrelude =
#include "PythonPrelude.inc"
    ;

std::string pyString(StringRef text) {
  std::string result = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      result += '\\';
      result += c;
    } else if (c == '\n') {
      result += "\\n";
    } else if (c < 0x20 || c == 0x7f) {
      char buffer[8];
      snprintf(buffer, sizeof(buffer), "\\x%02x", c);
      result += buffer;
    } else {
      result += c;
    }
  }
  return result + "\"";
}

/// The shortest decimal that reads back as `value`.
std::string pyFloat(double value) {
  if (std::isnan(value))
    return "_NAN";
  if (std::isinf(value))
    return value < 0 ? "(-_INF)" : "_INF";
  char buffer[64];
  for (int precision = 1; precision <= 17; ++precision) {
    snprintf(buffer, sizeof(buffer), "%.*g", precision, value);
    if (std::strtod(buffer, nullptr) == value)
      break;
  }
  std::string text = buffer;
  if (text.find_first_of(".en") == std::string::npos)
    text += ".0";
  return text;
}

std::string pyLiteral(Attribute attr) {
  if (auto boolAttr = dyn_cast<BoolAttr>(attr))
    return boolAttr.getValue() ? "True" : "False";
  if (auto intAttr = dyn_cast<IntegerAttr>(attr)) {
    if (intAttr.getType().isInteger(1))
      return intAttr.getValue().isZero() ? "False" : "True";
    if (intAttr.getType().isUnsignedInteger())
      return std::to_string(intAttr.getValue().getZExtValue());
    return std::to_string(intAttr.getValue().getSExtValue());
  }
  if (auto floatAttr = dyn_cast<FloatAttr>(attr))
    return pyFloat(floatAttr.getValueAsDouble());
  if (auto strAttr = dyn_cast<StringAttr>(attr))
    return pyString(strAttr.getValue());
  return "None";
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
      : os(os), fn(fn) {}

  LogicalResult emit(func::FuncOp func);

private:
  std::string name(Value value) {
    auto it = names.find(value);
    if (it != names.end())
      return it->second;
    std::string n = "_v" + std::to_string(names.size());
    names[value] = n;
    return n;
  }
  void line(const std::string &text) { os.indent(indent) << text << "\n"; }
  LogicalResult emitOp(Operation &op);
  std::string expr(Operation &op, bool &ok);
  void emitIndex(Value view, OperandRange indices, bool boundscheck,
                 bool wraparound, std::string &subscript);
  void emitBranch(Block *dest, OperandRange operands);

  raw_ostream &os;
  const FunctionSummary &fn;
  unsigned indent = 4;
  unsigned tmp = 0;
  llvm::DenseMap<Value, std::string> names;
  llvm::DenseMap<Block *, unsigned> blockIds;
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
             ": raise IndexError(\"index out of range\")");
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
std::string FunctionEmitter::expr(Operation &op, bool &ok) {
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
  auto isI64 = [&] { return type.isSignlessInteger(64); };
  auto checked = [](std::optional<OverflowMode> mode) {
    return mode && *mode == OverflowMode::checked;
  };
  auto intArith = [&](std::optional<OverflowMode> mode, const char *pyOp,
                      const char *helper) -> std::string {
    if (isFloat)
      return f32(binary(pyOp));
    if (checked(mode) && isI64())
      return std::string(helper) + "(" + n(0) + ", " + n(1) + ")";
    return overflowExpr(type, mode, binary(pyOp));
  };

  if (auto c = dyn_cast<ConstantOp>(op))
    return pyLiteral(c.getValue());
  if (auto c = dyn_cast<arith::ConstantOp>(op))
    return pyLiteral(c.getValue());
  if (auto o = dyn_cast<AddOp>(op))
    return intArith(o.getOverflow(), "+", "_pyir_add_ck");
  if (auto o = dyn_cast<SubOp>(op))
    return intArith(o.getOverflow(), "-", "_pyir_sub_ck");
  if (auto o = dyn_cast<MulOp>(op))
    return intArith(o.getOverflow(), "*", "_pyir_mul_ck");
  if (auto o = dyn_cast<PowOp>(op)) {
    if (isFloat)
      return f32("_pyir_fpow(" + n(0) + ", " + n(1) + ")");
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
    std::string call = "_math." + fnName + "(" + n(0) + ")";
    if (fnName == "floor" || fnName == "ceil" || fnName == "trunc")
      return rangeExpr(type, call);
    if (type.isInteger(1))
      return call;
    return f32(call);
  }
  if (auto o = dyn_cast<MathBinaryOp>(op)) {
    std::string fnName = stringifyBinaryMathFn(o.getFn()).str();
    return f32("_math." + fnName + "(" + n(0) + ", " + n(1) + ")");
  }
  if (auto o = dyn_cast<DimOp>(op))
    return n(0) + ".shape[" + std::to_string(o.getAxis()) + "]";
  if (isa<TupleOp>(op)) {
    std::string result = "(";
    for (unsigned i = 0; i < op.getNumOperands(); ++i)
      result += n(i) + ", ";
    return result + ")";
  }
  if (auto o = dyn_cast<TupleGetOp>(op))
    return n(0) + "[" + std::to_string(o.getIndex()) + "]";
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
    os.indent(indent + 4) << "raise "
                          << stringifyExceptionKind(assertOp.getKind()) << "("
                          << message << ")\n";
    return success();
  }
  if (auto call = dyn_cast<func::CallOp>(op)) {
    std::string args;
    for (auto [k, v] : llvm::enumerate(call.getOperands()))
      args += (k ? ", " : "") + name(v);
    std::string text = call.getCallee().str() + "(" + args + ")";
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
      line("return " + name(ret.getOperand(0)));
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

LogicalResult FunctionEmitter::emit(func::FuncOp func) {
  Region &body = func.getBody();
  for (Block &block : body)
    blockIds[&block] = blockIds.size();
  std::string params;
  for (auto [k, p] : llvm::enumerate(fn.params)) {
    names[func.getArgument(k)] = p.name;
    params += (k ? ", " : "") + p.name;
    if (p.defaultValue)
      params += "=" + pyLiteral(p.defaultValue);
  }
  os << "\ndef " << fn.name << "(" << params << "):\n";
  if (!fn.doc.empty())
    line(pyString(fn.doc));
  // Arguments as the extension's glue converts them (language.md §6):
  // integers range-checked, f32 rounded, views as memoryviews.
  for (const ParamSummary &p : fn.params) {
    if (isa<ViewType>(p.type))
      line(p.name + " = _pyir_view(" + p.name + ")");
    else if (p.type.isF32())
      line(p.name + " = _pyir_f32(" + p.name + ")");
    else if (p.type.isInteger(1))
      line(p.name + " = bool(" + p.name + ")");
    else if (isa<IntegerType>(p.type))
      line(p.name + " = " + rangeExpr(p.type, p.name) + "");
  }

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

} // namespace

std::string pyir::getPythonLiteral(Attribute attr) { return pyLiteral(attr); }

LogicalResult pyir::writePythonReference(ModuleOp module, raw_ostream &os) {
  ModuleInfo info = analyzeModule(module);
  os << "# Generated by pyirc --emit=jit from the pyir IR of module '"
     << info.name << "' (dialect " << info.dialectVersion << "); do not edit.\n"
     << "# Pure Python with the compiled module's exact semantics; see "
        "docs/interchange.md.\n";
  if (auto doc = module->getAttrOfType<StringAttr>("pyir.doc"))
    os << pyString(doc.getValue()) << "\n";
  os << kPrelude;
  os << "\nPYIR_MODULE = " << pyString(info.name) << "\n";
  os << "PYIR_DIALECT_VERSION = " << pyString(info.dialectVersion) << "\n";
  if (auto constants =
          module->getAttrOfType<DictionaryAttr>("pyir.constants")) {
    for (NamedAttribute entry : constants)
      os << entry.getName().strref() << " = " << pyLiteral(entry.getValue())
         << "\n";
  }
  std::string all;
  for (func::FuncOp func : module.getOps<func::FuncOp>()) {
    if (func.isExternal())
      continue;
    const FunctionSummary &fn = info.functions[func.getSymName()];
    std::string text;
    llvm::raw_string_ostream fos(text);
    FunctionEmitter emitter(fos, fn);
    if (failed(emitter.emit(func)))
      return failure();
    os << "\n" << text;
    if (fn.isPublic)
      all += pyString(fn.name) + ", ";
  }
  os << "\n__all__ = [" << all << "]\n";
  return success();
}
