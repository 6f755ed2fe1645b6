//===- CorePrinterInternal.h - The core printer's parts ----------*- C++
//-*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// The printer of lib/Target/CPython/CorePrinter.cpp, split by purpose:
// CoreNames.cpp (C names for values), CoreFolding.cpp (which values fold
// into their users and where the others are declared), CoreExpressions.cpp
// (C expressions and literals), CorePrinter.cpp (statements, blocks,
// functions).
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_LIB_TARGET_CPYTHON_COREPRINTERINTERNAL_H
#define PYIR_LIB_TARGET_CPYTHON_COREPRINTERINTERNAL_H

#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/EmitC/IR/EmitC.h"
#include "mlir/IR/Block.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

namespace pyir::cprinter {

using namespace mlir;

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
FailureOr<std::string> getCType(Type type);

/// `type name`, without a space after a pointer's `*`.
std::string declare(StringRef type, StringRef name);

/// Whether `op` is an expression without effects whose value nobody
/// uses (printed as nothing). EmitC does not mark its operators pure.
bool isDeadExpression(Operation *op);

/// The Python variable a location names (the frontend's NameLoc), or "".
StringRef getVariableName(Location loc);

class FunctionPrinter {
public:
  FunctionPrinter(emitc::FuncOp func, raw_ostream &os) : func(func), os(os) {}

  LogicalResult print();

private:
  // Analysis, before printing.
  void nameParameters();
  void nameValues();
  std::string getViewFactName(Operation *op);
  std::string uniqueName(StringRef base);
  void nameValue(Value value, StringRef fallback);
  bool isFoldable(Operation *op);
  bool isStatusCall(Operation *op);
  bool isAliasedLoad(emitc::LoadOp load);
  bool standsForVariable(emitc::LoadOp load);
  bool onlyFoldedBetween(Operation *from, Operation *to);
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
  LogicalResult printBlockBody(Block &block, Block *next);
  LogicalResult printConditionalBranch(cf::CondBranchOp branch, Block *next);
  bool isInlinable(Block *block);
  bool startsWithDeclaration(Block &block);
  LogicalResult printStatement(Operation &op);
  LogicalResult printBranchTo(Block *dest, OperandRange operands, Block *next,
                              StringRef indent);
  void printLine();
  /// The indentation of a statement (one level, plus one per enclosing
  /// inlined block).
  std::string pad(unsigned extra = 0) const {
    return std::string(2 * (1 + depth + extra), ' ');
  }
  raw_ostream &indent() { return os << pad(); }

  emitc::FuncOp func;
  raw_ostream &os;

  DenseMap<Value, std::string> names;
  llvm::StringSet<> used;
  DenseMap<Block *, unsigned> blockIds;
  DenseSet<Block *> labelled;
  /// Blocks printed inside the `if` of their only predecessor's branch.
  DenseSet<Block *> inlined;
  /// How many inlined blocks enclose the statement being printed.
  unsigned depth = 0;
  /// Ops printed inside the expression of the statement that uses them.
  DenseSet<Operation *> folded;
  /// Loads printed as their variable's name (standsForVariable).
  DenseSet<Operation *> aliasedLoads;
  /// Values declared before the first block (assigned where defined).
  DenseSet<Value> declaredFirst;
  /// The `#line` most recently asked for (verbatim ops) and printed.
  std::string pendingLine, printedLine;
};

} // namespace pyir::cprinter

#endif // PYIR_LIB_TARGET_CPYTHON_COREPRINTERINTERNAL_H
