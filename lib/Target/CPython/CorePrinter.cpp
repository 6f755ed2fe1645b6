//===- CorePrinter.cpp - The core's C functions from EmitC ----------------===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// Prints the functions of the EmitC module pyir-lower-to-c made as C that
// reads like the Python it came from. MLIR 22's emitc::translateToCpp
// declares every variable at the top of a function with several blocks and
// names values v1, v2, ...; this printer takes the subset of EmitC that
// convert-pyir-to-emitc produces (in CF form) and prints
//   - parameters with their Python names (pyir.py_signature), `out` and
//     `err`; values with the name of the Python variable they hold (the
//     NameLoc the frontend puts on them), numbered when a name repeats;
//   - a value's declaration where it is defined when that precedes all its
//     uses in the text (C allows a goto past the declaration of an object
//     that is not variably modified; block arguments, assigned by the
//     branches into their block, are declared first);
//   - constants, casts, comparisons and 64-bit, 32-bit and double
//     arithmetic used once in their block folded into the expression that
//     uses them, and a runtime call's status tested where it is made;
//   - one `#line` per statement whose source line differs from the last.
// What it does not know, it refuses with an error on the op.
//
//===----------------------------------------------------------------------===//

#include "CorePrinter.h"

#include "pyir/Conversion/PyIRToEmitC/PyIRToEmitC.h"
#include "pyir/Dialect/PyIR/IR/PyIRDialect.h"

#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/EmitC/IR/EmitC.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/TypeSwitch.h"

#include <cmath>
#include <cstdio>

using namespace mlir;

namespace {

/// C operator precedence, higher binds tighter.
enum Precedence : int {
  kConditional = 3,
  kLogicalOr = 4,
  kLogicalAnd = 5,
  kBitOr = 6,
  kBitXor = 7,
  kBitAnd = 8,
  kEquality = 9,
  kRelational = 10,
  kShift = 11,
  kAdditive = 12,
  kMultiplicative = 13,
  kUnary = 14,
  kPrimary = 16,
};

struct Expr {
  std::string text;
  int precedence = kPrimary;
};

/// The C spelling of a type of the lowered module.
FailureOr<std::string> getCType(Type type) {
  if (auto lvalue = dyn_cast<emitc::LValueType>(type))
    return getCType(lvalue.getValueType());
  if (auto ptr = dyn_cast<emitc::PointerType>(type)) {
    FailureOr<std::string> pointee = getCType(ptr.getPointee());
    if (failed(pointee))
      return failure();
    return *pointee + " *";
  }
  if (auto opaque = dyn_cast<emitc::OpaqueType>(type))
    return opaque.getValue().str();
  if (auto intType = dyn_cast<IntegerType>(type)) {
    if (intType.getWidth() == 1)
      return std::string("bool");
    return (intType.isUnsigned() ? "uint" : "int") +
           std::to_string(intType.getWidth()) + "_t";
  }
  if (type.isF32())
    return std::string("float");
  if (type.isF64())
    return std::string("double");
  if (type.isIndex())
    return std::string("size_t");
  return failure();
}

/// Whether C computes `op` in the op's result type, so that folding it
/// into another expression gives the value its variable would have held:
/// not for types narrower than int (C computes in int, the variable would
/// have truncated) nor float (an excess-precision evaluation would round
/// only at the assignment).
bool computesInResultType(Operation *op) {
  Type type = op->getResult(0).getType();
  if (isa<emitc::BitwiseAndOp, emitc::BitwiseOrOp, emitc::BitwiseXorOp,
          emitc::LogicalAndOp, emitc::LogicalOrOp, emitc::LogicalNotOp>(op) &&
      type.isInteger(1))
    return true;
  if (auto intType = dyn_cast<IntegerType>(type))
    return intType.getWidth() == 32 || intType.getWidth() == 64;
  return type.isF64();
}

/// C keywords and names the core's own declarations use.
const llvm::StringSet<> &getReservedNames() {
  static const llvm::StringSet<> names = {
      "auto",     "break",    "case",     "char",   "const",   "continue",
      "default",  "do",       "double",   "else",   "enum",    "extern",
      "float",    "for",      "goto",     "if",     "inline",  "int",
      "long",     "register", "restrict", "return", "short",   "signed",
      "sizeof",   "static",   "struct",   "switch", "typedef", "union",
      "unsigned", "void",     "volatile", "while",  "bool",    "true",
      "false",    "NULL",     "out",      "err",    "errno",   "NAN",
      "INFINITY", "asm",      "typeof",   "main",   "alignas", "alignof",
      "nullptr",  "constexpr"};
  return names;
}

/// The Python variable a location names (the frontend's NameLoc), or "".
StringRef getVariableName(Location loc) {
  if (auto name = dyn_cast<NameLoc>(loc))
    return name.getName().getValue();
  if (auto fused = dyn_cast<FusedLoc>(loc))
    for (Location part : fused.getLocations())
      if (StringRef name = getVariableName(part); !name.empty())
        return name;
  if (auto callSite = dyn_cast<CallSiteLoc>(loc))
    return getVariableName(callSite.getCallee());
  return "";
}

/// `type name`, without a space after a pointer's `*`.
std::string declare(StringRef type, StringRef name) {
  return (type.ends_with("*") ? type.str() : type.str() + " ") + name.str();
}

/// `[static] R name(T1 p1, ...)`: with `paramNames` empty, the types only.
LogicalResult printSignature(emitc::FuncOp func,
                             ArrayRef<std::string> paramNames,
                             raw_ostream &os) {
  FailureOr<std::string> result = getCType(func.getFunctionType().getResult(0));
  if (failed(result))
    return func.emitError("the C printer has no C type for the result");
  if (auto specifiers = func.getSpecifiers())
    for (StringRef specifier : specifiers->getAsValueRange<StringAttr>())
      os << specifier << " ";
  os << *result << " " << func.getSymName() << "(";
  for (auto [i, type] : llvm::enumerate(func.getArgumentTypes())) {
    FailureOr<std::string> c = getCType(type);
    if (failed(c))
      return func.emitError("the C printer has no C type for ") << type;
    os << (i ? ", " : "")
       << (paramNames.empty() ? *c : declare(*c, paramNames[i]));
  }
  os << ")";
  return success();
}

/// The Python variable a value branched into a block argument holds.
StringRef getIncomingName(Value value) {
  if (auto arg = dyn_cast<BlockArgument>(value))
    return getVariableName(arg.getLoc());
  return getVariableName(value.getDefiningOp()->getLoc());
}

class FunctionPrinter {
public:
  FunctionPrinter(emitc::FuncOp func, raw_ostream &os) : func(func), os(os) {}

  LogicalResult print();

private:
  // Analysis, before printing.
  void nameParameters();
  std::string uniqueName(StringRef base);
  void nameValue(Value value, StringRef fallback);
  bool isFoldable(Operation *op);
  bool isStatusCall(Operation *op);
  bool isAliasedLoad(emitc::LoadOp load);
  Value getSavedValue(emitc::VariableOp variable);
  bool readsClobbered(Value value, Operation *branch, unsigned index);
  Operation *getStatement(Operation *op);
  void placeDeclarations();

  // Expressions.
  FailureOr<Expr> getExpr(Value value);
  FailureOr<Expr> getOpExpr(Operation *op);
  FailureOr<std::string> getOperand(Value value, int minPrecedence);
  FailureOr<std::string> getLiteral(emitc::ConstantOp op, bool typed);
  FailureOr<std::string> getCallArgs(Operation *op, ArrayAttr args);

  // Statements.
  LogicalResult printBlock(Block &block, Block *next);
  bool startsWithDeclaration(Block &block);
  LogicalResult printStatement(Operation &op);
  LogicalResult printBranchTo(Block *dest, OperandRange operands, Block *next,
                              StringRef indent);
  void printLine();
  raw_ostream &indent() { return os << "  "; }

  emitc::FuncOp func;
  raw_ostream &os;

  DenseMap<Value, std::string> names;
  llvm::StringSet<> used;
  DenseMap<Block *, unsigned> blockIds;
  DenseSet<Block *> labelled;
  /// Ops printed inside the expression of the statement that uses them.
  DenseSet<Operation *> folded;
  /// Values declared before the first block (assigned where defined).
  DenseSet<Value> declaredFirst;
  /// The `#line` most recently asked for (verbatim ops) and printed.
  std::string pendingLine, printedLine;
};

std::string FunctionPrinter::uniqueName(StringRef base) {
  std::string name = base.str();
  if (getReservedNames().contains(name) || StringRef(name).starts_with("pyir"))
    name += "_";
  std::string candidate = name;
  for (unsigned i = 1; !used.insert(candidate).second; ++i)
    candidate = name + "_" + std::to_string(i);
  return candidate;
}

void FunctionPrinter::nameValue(Value value, StringRef fallback) {
  if (names.count(value))
    return;
  Location loc = value.getDefiningOp() ? value.getDefiningOp()->getLoc()
                                       : cast<BlockArgument>(value).getLoc();
  StringRef name = getVariableName(loc);
  names[value] = uniqueName(name.empty() ? fallback : name);
}

void FunctionPrinter::nameParameters() {
  // (params..., out pointers..., err): see convert-pyir-to-emitc.
  auto signature = func->getAttrOfType<DictionaryAttr>(pyir::kPySignatureAttr);
  ArrayAttr argNames =
      signature ? signature.getAs<ArrayAttr>("arg_names") : ArrayAttr();
  unsigned numArgs = func.getNumArguments();
  unsigned numParams = argNames ? argNames.size() : 0;
  unsigned numOuts = numArgs > numParams ? numArgs - numParams - 1 : 0;
  for (auto [i, arg] : llvm::enumerate(func.getArguments())) {
    std::string base = "arg" + std::to_string(i);
    if (i < numParams)
      if (auto name = dyn_cast<StringAttr>(argNames[i]))
        base = name.str();
    if (i >= numParams && i + 1 < numArgs)
      base = numOuts == 1 ? "out" : "out" + std::to_string(i - numParams);
    if (i + 1 == numArgs && numArgs > numParams)
      base = "err";
    // `out` and `err` are reserved for these two.
    std::string name = base;
    if (!(base == "err" && i + 1 == numArgs) &&
        !(StringRef(base).starts_with("out") && i >= numParams))
      name = uniqueName(base);
    else
      used.insert(name);
    names[arg] = name;
  }
}

/// Pure expression ops folded into their single user in the same block
/// (not into a branch's block-argument copies, which assign variables the
/// expression may read).
bool FunctionPrinter::isFoldable(Operation *op) {
  if (isa<emitc::ConstantOp, emitc::AddressOfOp, emitc::DereferenceOp>(op))
    return true;
  if (op->getNumResults() != 1 || !op->getResult(0).hasOneUse())
    return false;
  Operation *user = *op->getResult(0).getUsers().begin();
  if (user->getBlock() != op->getBlock())
    return false;
  // Into a branch's copies only if no earlier copy of that branch
  // assigns a variable the expression reads.
  if (isa<cf::BranchOp, cf::CondBranchOp>(user) &&
      llvm::any_of(user->getOpOperands(), [&](OpOperand &use) {
        return use.get() == op->getResult(0) &&
               readsClobbered(op->getResult(0), user, use.getOperandNumber());
      }))
    return false;
  if (isa<emitc::LoadOp>(op) && isa<cf::BranchOp, cf::CondBranchOp>(user))
    return false;
  if (isa<emitc::CmpOp, emitc::CastOp, emitc::ConditionalOp>(op))
    return true;
  if (isa<emitc::AddOp, emitc::SubOp, emitc::MulOp, emitc::DivOp, emitc::RemOp,
          emitc::BitwiseAndOp, emitc::BitwiseOrOp, emitc::BitwiseXorOp,
          emitc::BitwiseLeftShiftOp, emitc::BitwiseRightShiftOp,
          emitc::UnaryMinusOp, emitc::UnaryPlusOp, emitc::BitwiseNotOp,
          emitc::LogicalAndOp, emitc::LogicalOrOp, emitc::LogicalNotOp>(op))
    return computesInResultType(op);
  if (auto load = dyn_cast<emitc::LoadOp>(op)) {
    // Only when nothing printed between the load and its user can write
    // the variable.
    for (Operation *it = op->getNextNode(); it != user; it = it->getNextNode())
      if (!isa<emitc::VerbatimOp, emitc::ConstantOp>(it) &&
          !folded.contains(it))
        return false;
    return true;
  }
  return isStatusCall(op);
}

/// Whether `value`, operand `index` of `branch`, reads (through the ops
/// folded into it) a block argument of the destination that an earlier
/// copy of the same branch assigns. The condition of a conditional branch
/// is read before any copy.
bool FunctionPrinter::readsClobbered(Value value, Operation *branch,
                                     unsigned index) {
  Block *dest = nullptr;
  unsigned first = 0;
  if (auto br = dyn_cast<cf::BranchOp>(branch)) {
    dest = br.getDest();
  } else {
    auto condBr = cast<cf::CondBranchOp>(branch);
    if (index == 0)
      return false;
    unsigned numTrue = condBr.getTrueDestOperands().size();
    bool onTrue = index < 1 + numTrue;
    dest = onTrue ? condBr.getTrueDest() : condBr.getFalseDest();
    first = onTrue ? 1 : 1 + numTrue;
  }
  unsigned position = index - first;
  // The arguments the copies before `position` change.
  DenseSet<Value> assigned;
  for (unsigned k = 0; k < position; ++k)
    if (branch->getOperand(first + k) != dest->getArgument(k))
      assigned.insert(dest->getArgument(k));
  SmallVector<Value> worklist = {value};
  while (!worklist.empty()) {
    Value v = worklist.pop_back_val();
    if (assigned.contains(v))
      return true;
    Operation *def = v.getDefiningOp();
    if (def && def->getBlock() == branch->getBlock() &&
        (folded.contains(def) || def->getResult(0) == value))
      llvm::append_range(worklist, def->getOperands());
  }
  return false;
}

/// A call whose status result is compared with a constant, the comparison
/// being the condition of the branch that ends its block: printed as
/// `if (call(...) != 0)`.
bool FunctionPrinter::isStatusCall(Operation *op) {
  if (!isa<emitc::CallOpaqueOp, emitc::CallOp>(op) || op->getNumResults() != 1)
    return false;
  auto cmp = dyn_cast<emitc::CmpOp>(*op->getResult(0).getUsers().begin());
  if (!cmp || !cmp->getResult(0).hasOneUse() ||
      cmp->getBlock() != op->getBlock() ||
      !isa_and_nonnull<emitc::ConstantOp>(cmp.getRhs().getDefiningOp()))
    return false;
  auto branch =
      dyn_cast<cf::CondBranchOp>(*cmp->getResult(0).getUsers().begin());
  if (!branch || branch->getBlock() != op->getBlock())
    return false;
  for (Operation *it = op->getNextNode(); it != branch; it = it->getNextNode())
    if (!isa<emitc::VerbatimOp, emitc::ConstantOp>(it) && it != cmp)
      return false;
  return true;
}

/// A load of a variable that only one call writes (through its address):
/// the variable itself stands for the loaded value. convert-pyir-to-emitc
/// loads such a result right after the call's status test, so the
/// variable holds that value wherever the load's value is used.
bool FunctionPrinter::isAliasedLoad(emitc::LoadOp load) {
  auto variable = load.getOperand().getDefiningOp<emitc::VariableOp>();
  if (!variable)
    return false;
  if (getSavedValue(variable))
    return true;
  unsigned addresses = 0;
  for (Operation *user : variable->getUsers()) {
    if (isa<emitc::LoadOp>(user))
      continue;
    auto address = dyn_cast<emitc::AddressOfOp>(user);
    if (!address || !address->hasOneUse() ||
        !isa<emitc::CallOpaqueOp, emitc::CallOp>(*address->getUsers().begin()))
      return false;
    ++addresses;
  }
  return addresses == 1;
}

/// The value a variable saves when it is pyir-emitc-parallel-copies'
/// temporary: one assignment, then one load, in one block. Printed as a
/// declaration with that value (`int64_t b_old = b;`).
Value FunctionPrinter::getSavedValue(emitc::VariableOp variable) {
  emitc::AssignOp assign;
  emitc::LoadOp load;
  for (Operation *user : variable->getUsers()) {
    if (auto a = dyn_cast<emitc::AssignOp>(user); a && !assign)
      assign = a;
    else if (auto l = dyn_cast<emitc::LoadOp>(user); l && !load)
      load = l;
    else
      return {};
  }
  if (!assign || !load || assign->getBlock() != variable->getBlock() ||
      load->getBlock() != variable->getBlock() ||
      !assign->isBeforeInBlock(load))
    return {};
  return assign.getValue();
}

/// The op whose statement prints `op`: itself, or the user it is folded
/// into (transitively).
Operation *FunctionPrinter::getStatement(Operation *op) {
  while (folded.contains(op) && !op->use_empty())
    op = *op->getUsers().begin();
  return op;
}

/// Declares a value where it is defined when that comes before every
/// statement using it, in the printed text (blocks in region order).
void FunctionPrinter::placeDeclarations() {
  DenseMap<Operation *, unsigned> position;
  unsigned next = 0;
  for (Block &block : func.getBody())
    for (Operation &op : block)
      position[&op] = next++;
  for (Block &block : func.getBody()) {
    if (!block.isEntryBlock())
      for (BlockArgument arg : block.getArguments())
        declaredFirst.insert(arg);
    for (Operation &op : block) {
      if (folded.contains(&op) || op.getNumResults() != 1)
        continue;
      if (auto load = dyn_cast<emitc::LoadOp>(op); load && isAliasedLoad(load))
        continue;
      Value value = op.getResult(0);
      // Uses of a load standing for its variable are uses of the variable.
      SmallVector<Operation *> users;
      for (Operation *user : value.getUsers()) {
        auto load = dyn_cast<emitc::LoadOp>(user);
        if (load && isAliasedLoad(load))
          llvm::append_range(users, load->getUsers());
        else
          users.push_back(user);
      }
      for (Operation *user : users)
        if (position[getStatement(user)] <= position[&op]) {
          declaredFirst.insert(value);
          break;
        }
    }
  }
}

FailureOr<std::string> FunctionPrinter::getLiteral(emitc::ConstantOp op,
                                                   bool typed) {
  Attribute value = op.getValue();
  Type type = op.getType();
  if (auto opaque = dyn_cast<emitc::OpaqueAttr>(value))
    return opaque.getValue().str();
  if (auto boolAttr = dyn_cast<BoolAttr>(value))
    return std::string(boolAttr.getValue() ? "true" : "false");
  if (auto intAttr = dyn_cast<IntegerAttr>(value)) {
    auto intType = dyn_cast<IntegerType>(type);
    if (!intType)
      return failure();
    if (intType.getWidth() == 1)
      return std::string(intAttr.getValue().isZero() ? "false" : "true");
    const APInt &v = intAttr.getValue();
    if (intType.isUnsigned()) {
      std::string digits = std::to_string(v.getZExtValue());
      if (intType.getWidth() == 64)
        return typed || v.getZExtValue() > INT32_MAX
                   ? "UINT64_C(" + digits + ")"
                   : digits;
      return intType.getWidth() == 32 ? digits + "u" : digits;
    }
    int64_t s = v.getSExtValue();
    if (intType.getWidth() == 64) {
      if (s == INT64_MIN)
        return std::string("INT64_MIN");
      if (typed || s > INT32_MAX || s < INT32_MIN)
        return "INT64_C(" + std::to_string(s) + ")";
    } else if (intType.getWidth() == 32 && s == INT32_MIN) {
      return std::string("INT32_MIN");
    }
    return std::to_string(s);
  }
  if (auto floatAttr = dyn_cast<FloatAttr>(value)) {
    double d = floatAttr.getValueAsDouble();
    const char *suffix = type.isF32() ? "f" : "";
    if (std::isnan(d))
      return std::string(type.isF32() ? "NAN" : "(double)NAN");
    if (std::isinf(d))
      return std::string(d < 0 ? "-" : "") +
             (type.isF32() ? "INFINITY" : "(double)INFINITY");
    char buffer[64];
    snprintf(buffer, sizeof(buffer), "%a%s", d, suffix);
    return std::string(buffer);
  }
  return failure();
}

FailureOr<std::string> FunctionPrinter::getOperand(Value value,
                                                   int minPrecedence) {
  FailureOr<Expr> expr = getExpr(value);
  if (failed(expr))
    return failure();
  // A leading minus sign next to a binary or unary minus reads as `--`.
  bool negative = !expr->text.empty() && expr->text[0] == '-';
  if (expr->precedence < minPrecedence || (negative && minPrecedence >= kUnary))
    return "(" + expr->text + ")";
  return expr->text;
}

FailureOr<Expr> FunctionPrinter::getExpr(Value value) {
  auto it = names.find(value);
  if (it != names.end()) {
    return Expr{it->second, kPrimary};
  }
  Operation *op = value.getDefiningOp();
  if (!op)
    return failure();
  return getOpExpr(op);
}

FailureOr<std::string> FunctionPrinter::getCallArgs(Operation *op,
                                                    ArrayAttr args) {
  std::string text;
  auto append = [&](const std::string &arg) {
    if (!text.empty())
      text += ", ";
    text += arg;
  };
  if (!args) {
    for (Value operand : op->getOperands()) {
      FailureOr<std::string> arg = getOperand(operand, kConditional);
      if (failed(arg))
        return failure();
      append(*arg);
    }
    return text;
  }
  for (Attribute attr : args) {
    if (auto index = dyn_cast<IntegerAttr>(attr);
        index && index.getType().isIndex()) {
      FailureOr<std::string> arg =
          getOperand(op->getOperand(index.getInt()), kConditional);
      if (failed(arg))
        return failure();
      append(*arg);
    } else if (auto opaque = dyn_cast<emitc::OpaqueAttr>(attr)) {
      append(opaque.getValue().str());
    } else if (auto intAttr = dyn_cast<IntegerAttr>(attr)) {
      append(std::to_string(intAttr.getInt()));
    } else {
      return failure();
    }
  }
  return text;
}

FailureOr<Expr> FunctionPrinter::getOpExpr(Operation *op) {
  auto binary = [&](StringRef symbol, int precedence) -> FailureOr<Expr> {
    // Operands in parentheses where precedence alone decides but readers
    // (and -Wparentheses) expect them: any binary operand of a bitwise,
    // shift or logical operator, a comparison within a comparison.
    int minPrecedence = precedence;
    if (precedence < kEquality || precedence == kShift)
      minPrecedence = kUnary;
    else if (precedence <= kRelational)
      minPrecedence = kShift;
    FailureOr<std::string> lhs = getOperand(op->getOperand(0), minPrecedence);
    FailureOr<std::string> rhs =
        getOperand(op->getOperand(1), std::max(minPrecedence, precedence + 1));
    if (failed(lhs) || failed(rhs))
      return failure();
    return Expr{*lhs + " " + symbol.str() + " " + *rhs, precedence};
  };
  auto unary = [&](StringRef symbol) -> FailureOr<Expr> {
    FailureOr<std::string> operand = getOperand(op->getOperand(0), kUnary);
    if (failed(operand))
      return failure();
    return Expr{symbol.str() + *operand, kUnary};
  };
  return TypeSwitch<Operation *, FailureOr<Expr>>(op)
      .Case([&](emitc::ConstantOp constant) -> FailureOr<Expr> {
        // Typed where C would otherwise compute in int: both operands of
        // a 64-bit operation literals.
        bool typed = llvm::any_of(constant->getUsers(), [](Operation *user) {
          return user->getNumOperands() == 2 &&
                 llvm::all_of(user->getOperands(), [](Value v) {
                   return isa_and_nonnull<emitc::ConstantOp>(v.getDefiningOp());
                 });
        });
        FailureOr<std::string> text = getLiteral(constant, typed);
        if (failed(text))
          return failure();
        return Expr{*text, (*text)[0] == '-' ? kUnary : kPrimary};
      })
      .Case([&](emitc::AddOp) { return binary("+", kAdditive); })
      .Case([&](emitc::SubOp) { return binary("-", kAdditive); })
      .Case([&](emitc::MulOp) { return binary("*", kMultiplicative); })
      .Case([&](emitc::DivOp) { return binary("/", kMultiplicative); })
      .Case([&](emitc::RemOp) { return binary("%", kMultiplicative); })
      .Case([&](emitc::BitwiseAndOp) { return binary("&", kBitAnd); })
      .Case([&](emitc::BitwiseOrOp) { return binary("|", kBitOr); })
      .Case([&](emitc::BitwiseXorOp) { return binary("^", kBitXor); })
      .Case([&](emitc::BitwiseLeftShiftOp) { return binary("<<", kShift); })
      .Case([&](emitc::BitwiseRightShiftOp) { return binary(">>", kShift); })
      .Case([&](emitc::LogicalAndOp) { return binary("&&", kLogicalAnd); })
      .Case([&](emitc::LogicalOrOp) { return binary("||", kLogicalOr); })
      .Case([&](emitc::UnaryMinusOp) { return unary("-"); })
      .Case([&](emitc::UnaryPlusOp) { return unary("+"); })
      .Case([&](emitc::BitwiseNotOp) { return unary("~"); })
      .Case([&](emitc::LogicalNotOp) { return unary("!"); })
      .Case([&](emitc::AddressOfOp) { return unary("&"); })
      .Case([&](emitc::DereferenceOp) { return unary("*"); })
      .Case([&](emitc::CmpOp cmp) -> FailureOr<Expr> {
        switch (cmp.getPredicate()) {
        case emitc::CmpPredicate::eq:
          return binary("==", kEquality);
        case emitc::CmpPredicate::ne:
          return binary("!=", kEquality);
        case emitc::CmpPredicate::lt:
          return binary("<", kRelational);
        case emitc::CmpPredicate::le:
          return binary("<=", kRelational);
        case emitc::CmpPredicate::gt:
          return binary(">", kRelational);
        case emitc::CmpPredicate::ge:
          return binary(">=", kRelational);
        default:
          return failure();
        }
      })
      .Case([&](emitc::CastOp cast) -> FailureOr<Expr> {
        FailureOr<std::string> type = getCType(cast.getType());
        FailureOr<std::string> operand = getOperand(cast.getSource(), kUnary);
        if (failed(type) || failed(operand))
          return failure();
        return Expr{"(" + *type + ")" + *operand, kUnary};
      })
      .Case([&](emitc::ConditionalOp conditional) -> FailureOr<Expr> {
        FailureOr<std::string> condition =
            getOperand(conditional.getCondition(), kLogicalOr);
        FailureOr<std::string> trueValue =
            getOperand(conditional.getTrueValue(), kLogicalOr);
        FailureOr<std::string> falseValue =
            getOperand(conditional.getFalseValue(), kConditional);
        if (failed(condition) || failed(trueValue) || failed(falseValue))
          return failure();
        return Expr{*condition + " ? " + *trueValue + " : " + *falseValue,
                    kConditional};
      })
      .Case([&](emitc::LoadOp load) { return getExpr(load.getOperand()); })
      .Case([&](emitc::CallOpaqueOp call) -> FailureOr<Expr> {
        FailureOr<std::string> args = getCallArgs(call, call.getArgsAttr());
        if (failed(args) || call.getTemplateArgs())
          return failure();
        return Expr{call.getCallee().str() + "(" + *args + ")", kPrimary};
      })
      .Case([&](emitc::CallOp call) -> FailureOr<Expr> {
        FailureOr<std::string> args = getCallArgs(call, ArrayAttr());
        if (failed(args))
          return failure();
        return Expr{call.getCallee().str() + "(" + *args + ")", kPrimary};
      })
      .Default([](Operation *) { return failure(); });
}

void FunctionPrinter::printLine() {
  if (pendingLine.empty() || pendingLine == printedLine)
    return;
  os << pendingLine << "\n";
  printedLine = pendingLine;
}

LogicalResult FunctionPrinter::printStatement(Operation &op) {
  if (auto verbatim = dyn_cast<emitc::VerbatimOp>(op)) {
    StringRef text = verbatim.getValue();
    if (text.starts_with("#line ")) {
      pendingLine = text.str();
      return success();
    }
    os << text << "\n";
    return success();
  }
  if (folded.contains(&op))
    return success();
  printLine();
  if (auto variable = dyn_cast<emitc::VariableOp>(op)) {
    if (getSavedValue(variable))
      return success();
    FailureOr<std::string> type = getCType(variable.getType());
    auto init = dyn_cast<emitc::OpaqueAttr>(variable.getValue());
    if (failed(type) || !init)
      return op.emitError("the C printer takes variables of a C type with an "
                          "opaque initial value");
    Value value = variable.getResult();
    if (declaredFirst.contains(value)) {
      if (!init.getValue().empty())
        indent() << names[value] << " = " << init.getValue() << ";\n";
      return success();
    }
    indent() << declare(*type, names[value]);
    if (!init.getValue().empty())
      os << " = " << init.getValue();
    os << ";\n";
    return success();
  }
  if (auto assign = dyn_cast<emitc::AssignOp>(op)) {
    FailureOr<std::string> lhs = getOperand(assign.getVar(), kUnary);
    FailureOr<std::string> rhs = getOperand(assign.getValue(), kConditional);
    if (failed(lhs) || failed(rhs))
      return op.emitError("the C printer cannot print this assignment");
    auto variable = assign.getVar().getDefiningOp<emitc::VariableOp>();
    if (variable && getSavedValue(variable) &&
        !declaredFirst.contains(variable.getResult())) {
      FailureOr<std::string> type = getCType(variable.getType());
      if (failed(type))
        return op.emitError("the C printer has no C type for this variable");
      indent() << declare(*type, *lhs) << " = " << *rhs << ";\n";
      return success();
    }
    indent() << *lhs << " = " << *rhs << ";\n";
    return success();
  }
  if (auto ret = dyn_cast<emitc::ReturnOp>(op)) {
    if (!ret.getOperand()) {
      indent() << "return;\n";
      return success();
    }
    FailureOr<std::string> value = getOperand(ret.getOperand(), kConditional);
    if (failed(value))
      return op.emitError("the C printer cannot print this return");
    indent() << "return " << *value << ";\n";
    return success();
  }
  if (op.getNumResults() > 1)
    return op.emitError("the C printer takes ops with at most one result");
  if (auto load = dyn_cast<emitc::LoadOp>(op); load && isAliasedLoad(load))
    return success();
  FailureOr<Expr> expr = getOpExpr(&op);
  if (failed(expr))
    return op.emitError("the C printer does not print '")
           << op.getName() << "'";
  if (op.getNumResults() == 0 || op.getResult(0).use_empty()) {
    indent() << expr->text << ";\n";
    return success();
  }
  Value value = op.getResult(0);
  if (declaredFirst.contains(value)) {
    indent() << names[value] << " = " << expr->text << ";\n";
    return success();
  }
  FailureOr<std::string> type = getCType(value.getType());
  if (failed(type))
    return op.emitError("the C printer has no C type for ") << value.getType();
  indent() << declare(*type, names[value]) << " = " << expr->text << ";\n";
  return success();
}

/// The copies into `dest`'s arguments (in operand order:
/// pyir-emitc-parallel-copies made that order correct) and the goto,
/// omitted when `dest` is printed next.
LogicalResult FunctionPrinter::printBranchTo(Block *dest, OperandRange operands,
                                             Block *next, StringRef pad) {
  for (auto [arg, operand] : llvm::zip(dest->getArguments(), operands)) {
    if (arg == operand)
      continue;
    FailureOr<std::string> value = getOperand(operand, kConditional);
    if (failed(value))
      return failure();
    os << pad << names[arg] << " = " << *value << ";\n";
  }
  if (dest != next)
    os << pad << "goto bb" << blockIds[dest] << ";\n";
  return success();
}

/// Whether the first statement printed for `block` is a declaration.
bool FunctionPrinter::startsWithDeclaration(Block &block) {
  for (Operation &op : block) {
    if (isa<emitc::VerbatimOp>(op) || folded.contains(&op))
      continue;
    if (auto load = dyn_cast<emitc::LoadOp>(op); load && isAliasedLoad(load))
      continue;
    if (auto variable = dyn_cast<emitc::VariableOp>(op))
      return !getSavedValue(variable) &&
             !declaredFirst.contains(variable.getResult());
    if (auto assign = dyn_cast<emitc::AssignOp>(op)) {
      auto variable = assign.getVar().getDefiningOp<emitc::VariableOp>();
      return variable && getSavedValue(variable) &&
             !declaredFirst.contains(variable.getResult());
    }
    return op.getNumResults() == 1 && !op.getResult(0).use_empty() &&
           !declaredFirst.contains(op.getResult(0));
  }
  return false;
}

LogicalResult FunctionPrinter::printBlock(Block &block, Block *next) {
  if (labelled.contains(&block))
    // Before C23 a label labels a statement, not a declaration.
    os << "bb" << blockIds[&block]
       << (startsWithDeclaration(block) ? ":;\n" : ":\n");
  for (Operation &op : block) {
    if (auto branch = dyn_cast<cf::BranchOp>(op)) {
      printLine();
      if (failed(printBranchTo(branch.getDest(), branch.getDestOperands(), next,
                               "  ")))
        return op.emitError("the C printer cannot print this branch");
      continue;
    }
    if (auto branch = dyn_cast<cf::CondBranchOp>(op)) {
      printLine();
      FailureOr<std::string> condition =
          getOperand(branch.getCondition(), kConditional);
      if (failed(condition))
        return op.emitError("the C printer cannot print this condition");
      Block *trueDest = branch.getTrueDest();
      Block *falseDest = branch.getFalseDest();
      if (branch.getTrueDestOperands().empty()) {
        indent() << "if (" << *condition << ")\n";
        os << "    goto bb" << blockIds[trueDest] << ";\n";
      } else {
        indent() << "if (" << *condition << ") {\n";
        if (failed(printBranchTo(trueDest, branch.getTrueDestOperands(),
                                 nullptr, "    ")))
          return op.emitError("the C printer cannot print this branch");
        indent() << "}\n";
      }
      if (failed(printBranchTo(falseDest, branch.getFalseDestOperands(), next,
                               "  ")))
        return op.emitError("the C printer cannot print this branch");
      continue;
    }
    if (failed(printStatement(op)))
      return failure();
  }
  return success();
}

LogicalResult FunctionPrinter::print() {
  nameParameters();
  Region &body = func.getBody();
  unsigned id = 0;
  for (Block &block : body)
    blockIds[&block] = id++;

  // Which ops fold into their users, in order (a load's test reads the
  // ops folded before it).
  for (Block &block : body)
    for (Operation &op : block)
      if (op.getNumResults() == 1 && isFoldable(&op))
        folded.insert(&op);

  // Names: block arguments, then the values printed as statements.
  // A block argument the lifting and lowering of loops re-created has lost
  // its variable's name: it takes the name of a value branched into it.
  for (unsigned round = 0; round < 2; ++round)
    for (Block &block : body)
      for (BlockArgument arg : block.getArguments())
        if (!names.count(arg) && !getVariableName(arg.getLoc()).empty())
          nameValue(arg, "t");
        else if (!names.count(arg))
          for (auto it = block.pred_begin(); it != block.pred_end(); ++it) {
            auto branch = cast<BranchOpInterface>((*it)->getTerminator());
            Value incoming = branch.getSuccessorOperands(
                it.getSuccessorIndex())[arg.getArgNumber()];
            StringRef name = getIncomingName(incoming);
            if (!name.empty()) {
              names[arg] = uniqueName(name);
              break;
            }
          }
  for (Block &block : body)
    for (BlockArgument arg : block.getArguments())
      nameValue(arg, "t");
  for (Block &block : body)
    for (Operation &op : block) {
      if (op.getNumResults() != 1 || folded.contains(&op))
        continue;
      if (auto load = dyn_cast<emitc::LoadOp>(op); load && isAliasedLoad(load))
        continue;
      auto variable = dyn_cast<emitc::VariableOp>(op);
      Value saved = variable ? getSavedValue(variable) : Value();
      if (saved && names.count(saved))
        names[variable.getResult()] = uniqueName(names.lookup(saved) + "_old");
      else
        nameValue(op.getResult(0), variable ? "r" : "t");
    }
  for (Block &block : body)
    for (Operation &op : block)
      if (auto load = dyn_cast<emitc::LoadOp>(op);
          load && isAliasedLoad(load)) {
        // (A copy: inserting may move the map's strings.)
        std::string name = names.lookup(load.getOperand());
        names[load.getResult()] = name;
      }
  placeDeclarations();

  // Labels: blocks entered other than by falling through.
  for (Block &block : body) {
    Block *next = block.getNextNode();
    Operation *terminator = block.getTerminator();
    for (auto [i, succ] : llvm::enumerate(terminator->getSuccessors()))
      if (succ != next || (isa<cf::CondBranchOp>(terminator) && i == 0))
        labelled.insert(succ);
  }

  SmallVector<std::string> paramNames;
  for (BlockArgument arg : func.getArguments())
    paramNames.push_back(names[arg]);
  if (failed(printSignature(func, paramNames, os)))
    return failure();
  os << " {\n";
  for (Value value : [&] {
         // Stable order: block arguments, then ops, as printed.
         SmallVector<Value> order;
         for (Block &block : body) {
           for (BlockArgument arg : block.getArguments())
             order.push_back(arg);
           for (Operation &op : block)
             if (op.getNumResults() == 1)
               order.push_back(op.getResult(0));
         }
         return order;
       }()) {
    if (!declaredFirst.contains(value))
      continue;
    FailureOr<std::string> type = getCType(value.getType());
    if (failed(type))
      return func.emitError("the C printer has no C type for ")
             << value.getType();
    indent() << declare(*type, names[value]) << ";\n";
  }
  for (Block &block : body)
    if (failed(printBlock(block, block.getNextNode())))
      return failure();
  os << "}\n";
  return success();
}

} // namespace

LogicalResult pyir::printCoreFunctions(ModuleOp module, raw_ostream &os) {
  // Prototypes first: the functions call each other in any order.
  for (Operation &op : module.getBody()->getOperations()) {
    if (isa<emitc::DeclareFuncOp>(op))
      continue;
    auto func = dyn_cast<emitc::FuncOp>(op);
    if (!func)
      return op.emitError("the C printer takes emitc.func and "
                          "emitc.declare_func at the module level");
    if (failed(printSignature(func, {}, os)))
      return failure();
    os << ";\n";
  }
  for (auto func : module.getOps<emitc::FuncOp>()) {
    os << "\n";
    if (failed(FunctionPrinter(func, os).print()))
      return failure();
  }
  return success();
}
