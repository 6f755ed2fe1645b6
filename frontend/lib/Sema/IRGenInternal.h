//===- IRGenInternal.h - Shared by the IRGen files --------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// The classes that generate the pyir dialect from the AST, shared by the files
// of IR generation: ModuleGen and the driver of FunctionGen (IRGen.cpp), then
// FunctionGen by construct: statements (IRGenStmt.cpp), loops (IRGenLoop.cpp),
// expressions and conversions (IRGenExpr.cpp), calls (IRGenCall.cpp). The SSA
// construction and the variables are defined here. Not installed.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_FRONTEND_LIB_SEMA_IRGENINTERNAL_H
#define PYIR_FRONTEND_LIB_SEMA_IRGENINTERNAL_H

#include "pyir/Dialect/PyIR/IR/PyIRDialect.h"
#include "pyir/Dialect/PyIR/IR/PyIROps.h"
#include "pyir/Frontend/AST.h"
#include "pyir/Frontend/Builtins.h"
#include "pyir/Frontend/Diagnostics.h"
#include "pyir/Frontend/Sema.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/SourceMgr.h"

namespace pyir {
namespace frontend {
namespace detail {

/// The names the IRGen files use unqualified (with `using namespace` of
/// pyir, pyir::frontend and this namespace).
namespace arith = mlir::arith;
using llvm::APInt;
using llvm::dyn_cast;
using llvm::isa;
using llvm::SMLoc;
using llvm::SMRange;

/// A typed value produced by an expression. `value` is null after an error.
struct TypedValue {
  mlir::Value value;
  Type type;
  /// The value of an integer literal (possibly negated), which may take the
  /// type of a fixed-width operand. Such a literal may lie outside `int`
  /// (`x ^ 0x9E3779B97F4A7C15` with `x: u64`); `value` then holds its low
  /// 64 bits until `convert` gives it its type (see emitOperand).
  std::optional<APInt> literal;
  /// Where the literal is written, for errors about it.
  SMRange literalRange = SMRange();
  /// The elements of a tuple written as a tuple expression, so that its
  /// integer literals may take the element types they are assigned to
  /// (`return x, 0` for `-> tuple[u8, u8]`).
  std::vector<TypedValue> elements = {};

  explicit operator bool() const { return bool(value); }
};

/// A source variable of the function being generated.
struct Variable {
  std::string name;
  Type type;
  SMLoc declLoc;
  mlir::Type mlirType;
  /// A tuple lives in one variable per element: block arguments (phis) are
  /// scalars, which the C backend handles.
  llvm::SmallVector<unsigned, 4> elements;
};

/// A control-flow edge: a branch operation and its successor index.
using Edge = std::pair<mlir::Operation *, unsigned>;

/// The targets of `break` and `continue` in the innermost loop.
struct LoopTargets {
  mlir::Block *breakTarget;
  mlir::Block *continueTarget;
};

/// Generates one module.
class ModuleGen {
public:
  ModuleGen(const ast::Module &module, const ModuleInfo &info, Sema &sema,
            llvm::SourceMgr &sourceMgr, mlir::MLIRContext &context)
      : astModule(module), info(info), sema(sema), diag(sema.getDiagnostics()),
        sourceMgr(sourceMgr), context(context), builder(&context) {}

  mlir::OwningOpRef<mlir::ModuleOp> generate();

  //===--------------------------------------------------------------------===//
  // Shared helpers
  //===--------------------------------------------------------------------===//

  mlir::Location loc(SMLoc smLoc) {
    if (!smLoc.isValid())
      return mlir::UnknownLoc::get(&context);
    unsigned bufferID = sourceMgr.FindBufferContainingLoc(smLoc);
    if (!bufferID)
      return mlir::UnknownLoc::get(&context);
    auto [line, col] = sourceMgr.getLineAndColumn(smLoc, bufferID);
    llvm::StringRef file =
        sourceMgr.getMemoryBuffer(bufferID)->getBufferIdentifier();
    return mlir::FileLineColLoc::get(&context, file, line, col);
  }

  mlir::Type toMLIR(const Type &type) {
    switch (type.getKind()) {
    case Type::Kind::Error:
    case Type::Kind::None:
      return {};
    case Type::Kind::Scalar:
      return scalarToMLIR(type.getScalarKind());
    case Type::Kind::View:
      return ViewType::get(&context, scalarToMLIR(type.getScalarKind()),
                           type.getRank(), type.isContiguous());
    case Type::Kind::Tuple: {
      llvm::SmallVector<mlir::Type> elements;
      for (const Type &e : type.getElements())
        elements.push_back(toMLIR(e));
      return mlir::TupleType::get(&context, elements);
    }
    }
    return {};
  }

  mlir::Type scalarToMLIR(ScalarKind kind) {
    using S = mlir::IntegerType::SignednessSemantics;
    switch (kind) {
    case ScalarKind::Bool:
      return builder.getI1Type();
    case ScalarKind::Int:
      return builder.getI64Type();
    case ScalarKind::I8:
    case ScalarKind::I16:
    case ScalarKind::I32:
    case ScalarKind::I64:
      return mlir::IntegerType::get(&context, getBitWidth(kind), S::Signed);
    case ScalarKind::U8:
    case ScalarKind::U16:
    case ScalarKind::U32:
    case ScalarKind::U64:
      return mlir::IntegerType::get(&context, getBitWidth(kind), S::Unsigned);
    case ScalarKind::F32:
      return builder.getF32Type();
    case ScalarKind::Float:
      return builder.getF64Type();
    }
    return {};
  }

  mlir::TypedAttr constAttr(const ConstValue &c) {
    mlir::Type type = toMLIR(c.type);
    if (c.type.isFloat())
      return mlir::FloatAttr::get(type, c.floatValue);
    if (c.type.isBool())
      return mlir::IntegerAttr::get(type, APInt(1, c.intValue.getZExtValue()));
    return mlir::IntegerAttr::get(
        type, c.intValue.trunc(getBitWidth(c.type.getScalarKind())));
  }

  const ast::Module &astModule;
  const ModuleInfo &info;
  Sema &sema;
  DiagnosticEngine &diag;
  llvm::SourceMgr &sourceMgr;
  mlir::MLIRContext &context;
  mlir::OpBuilder builder;
  llvm::SmallVector<mlir::func::FuncOp> funcs;
};

/// Generates the body of one function.
class FunctionGen {
public:
  FunctionGen(ModuleGen &m, const FunctionInfo &fn, mlir::func::FuncOp func)
      : m(m), fn(fn), func(func), b(m.builder), diag(m.diag) {}

  void generate();

private:
  //===--------------------------------------------------------------------===//
  // SSA construction
  //===--------------------------------------------------------------------===//

  mlir::Block *newBlock() {
    auto *block = new mlir::Block();
    func.getBody().push_back(block);
    return block;
  }

  void setBlock(mlir::Block *block) {
    cur = block;
    b.setInsertionPointToEnd(block);
  }

  /// Seals `block`: all its predecessors are known.
  void seal(mlir::Block *block) {
    if (!sealed.insert(block).second)
      return;
    auto it = incompletePhis.find(block);
    if (it == incompletePhis.end())
      return;
    auto phis = std::move(it->second);
    incompletePhis.erase(it);
    for (auto &[var, arg, readLoc] : phis)
      addPhiOperands(var, block, readLoc);
  }

  void writeVar(unsigned var, mlir::Block *block, mlir::Value value) {
    defs[{block, var}] = value;
  }

  /// `loc` named after the Python variable `var` (a NameLoc), which the C
  /// printer gives the value that holds it; hidden variables keep `loc`.
  mlir::Location nameLoc(unsigned var, mlir::Location loc) {
    llvm::StringRef name = vars[var].name;
    if (name.empty() || name.starts_with("$") || mlir::isa<mlir::NameLoc>(loc))
      return loc;
    return mlir::NameLoc::get(b.getStringAttr(name), loc);
  }

  /// Names the op that defines `value` (in this function, not yet named)
  /// after `var`: the first variable a value is assigned to names it.
  void nameValue(unsigned var, mlir::Value value) {
    mlir::Operation *def = value.getDefiningOp();
    if (def && def->getNumResults() == 1 &&
        !mlir::isa<mlir::NameLoc>(def->getLoc()))
      def->setLoc(nameLoc(var, def->getLoc()));
  }

  mlir::Value readVar(unsigned var, mlir::Block *block, SMLoc readLoc) {
    auto it = defs.find({block, var});
    if (it != defs.end())
      return it->second;
    return readVarRecursive(var, block, readLoc);
  }

  mlir::Value readVarRecursive(unsigned var, mlir::Block *block,
                               SMLoc readLoc) {
    mlir::Value value;
    const Variable &v = vars[var];
    llvm::SmallVector<Edge> blockPreds = predecessors(block);
    if (!sealed.count(block)) {
      value = block->addArgument(v.mlirType, nameLoc(var, m.loc(readLoc)));
      incompletePhis[block].push_back(
          {var, mlir::cast<mlir::BlockArgument>(value), readLoc});
    } else if (blockPreds.empty() && v.type.isView() && block != entry) {
      // Code after a return: a view is a parameter, never reassigned, and
      // no constant can stand in for it (fuzz finding, issue #10).
      value = readVar(var, entry, readLoc);
    } else if (blockPreds.empty()) {
      if (block == entry && reportedUnbound.insert(v.name).second) {
        diag.error(readLoc, "local variable '" + v.name +
                                "' may be used before it is assigned");
        diag.note(v.declLoc, "'" + v.name + "' is assigned here");
      }
      value = dummyValue(v.type, block, m.loc(readLoc));
    } else if (blockPreds.size() == 1) {
      value = readVar(var, blockPreds[0].first->getBlock(), readLoc);
    } else {
      value = block->addArgument(v.mlirType, nameLoc(var, m.loc(readLoc)));
      writeVar(var, block, value);
      addPhiOperands(var, block, readLoc);
    }
    writeVar(var, block, value);
    return value;
  }

  /// The branches into `block` so far, by value: the recursive reads of
  /// the SSA construction may insert into `preds` (a DenseMap, which moves
  /// its values when it grows), so no reference into it may be held
  /// across a read.
  llvm::SmallVector<Edge> predecessors(mlir::Block *block) const {
    return preds.lookup(block);
  }

  void addPhiOperands(unsigned var, mlir::Block *block, SMLoc readLoc) {
    for (auto [op, succIndex] : predecessors(block)) {
      mlir::Value incoming = readVar(var, op->getBlock(), readLoc);
      mlir::cast<mlir::BranchOpInterface>(op)
          .getSuccessorOperands(succIndex)
          .append(incoming);
    }
  }

  /// A placeholder for a value on a path that cannot execute (or after an
  /// error), materialized at the start of `block`.
  mlir::Value dummyValue(const Type &type, mlir::Block *block,
                         mlir::Location loc) {
    mlir::OpBuilder::InsertionGuard guard(b);
    b.setInsertionPointToStart(block);
    return dummyValueHere(type, loc);
  }

  mlir::Value dummyValueHere(const Type &type, mlir::Location loc) {
    if (type.isTuple()) {
      llvm::SmallVector<mlir::Value> elements;
      for (const Type &e : type.getElements())
        elements.push_back(dummyValueHere(e, loc));
      return TupleOp::create(b, loc, elements);
    }
    mlir::Type mlirType = m.toMLIR(type);
    if (!mlirType || !type.isScalar())
      mlirType = b.getI64Type();
    if (type.isFloat())
      return ConstantOp::create(b, loc, b.getFloatAttr(mlirType, 0.0));
    return ConstantOp::create(b, loc, b.getIntegerAttr(mlirType, 0));
  }

  void branch(mlir::Location loc, mlir::Block *dest,
              mlir::ValueRange args = {}) {
    auto op = mlir::cf::BranchOp::create(b, loc, dest, args);
    preds[dest].push_back({op, 0});
  }

  void condBranch(mlir::Location loc, mlir::Value cond, mlir::Block *ifTrue,
                  mlir::ValueRange trueArgs, mlir::Block *ifFalse,
                  mlir::ValueRange falseArgs) {
    auto op = mlir::cf::CondBranchOp::create(b, loc, cond, ifTrue, trueArgs,
                                             ifFalse, falseArgs);
    preds[ifTrue].push_back({op, 0});
    preds[ifFalse].push_back({op, 1});
  }

  /// Continues in a fresh block that no branch reaches (after `return`,
  /// `raise`, `break`, `continue`).
  void startUnreachable() {
    mlir::Block *block = newBlock();
    sealed.insert(block);
    setBlock(block);
  }

  //===--------------------------------------------------------------------===//
  // Variables
  //===--------------------------------------------------------------------===//

  std::optional<unsigned> lookupVar(llvm::StringRef name) {
    auto it = varIds.find(name);
    if (it == varIds.end())
      return std::nullopt;
    return it->second;
  }

  unsigned declareVar(llvm::StringRef name, const Type &type, SMLoc loc) {
    unsigned id = addVariable(name, type, loc);
    varIds[name] = id;
    return id;
  }

  /// A variable that no name refers to (yet); a tuple gets its elements.
  unsigned addVariable(llvm::StringRef name, const Type &type, SMLoc loc) {
    unsigned id = vars.size();
    vars.push_back({name.str(), type, loc, m.toMLIR(type), {}});
    if (type.isTuple())
      for (const Type &element : type.getElements()) {
        unsigned elementId = addVariable(name, element, loc);
        vars[id].elements.push_back(elementId);
      }
    return id;
  }

  /// Assigns a value to a variable in the current block.
  void writeLocal(unsigned var, mlir::Value value) {
    if (vars[var].elements.empty()) {
      nameValue(var, value);
      return writeVar(var, cur, value);
    }
    for (auto [index, element] : llvm::enumerate(vars[var].elements))
      writeVar(element, cur,
               TupleGetOp::create(b, value.getLoc(), value, index));
  }

  /// The value of a variable in the current block.
  mlir::Value readLocal(unsigned var, SMLoc readLoc) {
    if (vars[var].elements.empty())
      return readVar(var, cur, readLoc);
    llvm::SmallVector<mlir::Value> elements;
    for (unsigned element : vars[var].elements)
      elements.push_back(readVar(element, cur, readLoc));
    return TupleOp::create(b, m.loc(readLoc), elements);
  }

  /// A hidden variable (loop counters); its name cannot clash with Python's.
  unsigned declareHidden(const Type &type) {
    std::string name = "$" + std::to_string(vars.size());
    return declareVar(name, type, SMLoc());
  }

  /// Assigns `value` to the variable `name`, declaring it on first
  /// assignment (with `declared` as its type when annotated).
  void assignVar(const ast::NameExpr *target, TypedValue value,
                 std::optional<Type> declared = std::nullopt);

  //===--------------------------------------------------------------------===//
  // Statements
  //===--------------------------------------------------------------------===//

  void emitBlock(llvm::ArrayRef<ast::Stmt *> body);
  void emitStmt(const ast::Stmt *stmt);
  void emitAssign(const ast::AssignStmt *stmt);
  void emitAssignTo(const ast::Expr *target, TypedValue value, SMRange range);
  void emitAnnAssign(const ast::AnnAssignStmt *stmt);
  void emitAugAssign(const ast::AugAssignStmt *stmt);
  void emitReturn(const ast::ReturnStmt *stmt);
  void emitIf(const ast::IfStmt *stmt);
  void emitWhile(const ast::WhileStmt *stmt);
  void emitFor(const ast::ForStmt *stmt);
  void emitForRange(const ast::ForStmt *stmt, const ast::CallExpr *range);
  void emitForView(const ast::ForStmt *stmt, TypedValue view);
  /// The canonical counted loop: a hidden counter k from 0 while
  /// `k <predicate> count`; `bindIteration(k)` assigns the loop variable.
  void emitCountedLoop(const ast::ForStmt *stmt, mlir::Value count,
                       mlir::arith::CmpIPredicate predicate,
                       llvm::function_ref<void(mlir::Value)> bindIteration);
  void emitRaise(const ast::RaiseStmt *stmt);
  void emitAssert(const ast::AssertStmt *stmt);
  void endPathAfterError(const ast::Stmt *stmt);
  /// Emits `pyir.raise` and ends the function there.
  void raise(mlir::Location loc, ExceptionKind kind, llvm::StringRef message);
  void emitReturnOp(mlir::Location loc, mlir::ValueRange values);
  /// Replaces block arguments that always receive one value by that value.
  void removeTrivialPhis();
  /// Whether `target` can execute: it is reached from the entry along
  /// branches, following only the taken edge of a branch on a constant.
  /// Blocks after `return`, `raise`, `break` and `continue` are not, nor is
  /// the exit of a `while True:` that no `break` leaves.
  bool isReachable(mlir::Block *target);

  //===--------------------------------------------------------------------===//
  // Expressions
  //===--------------------------------------------------------------------===//

  /// An expression whose value must be representable in its type: an
  /// integer literal must fit `int`.
  TypedValue emitExpr(const ast::Expr *expr);
  /// An expression in a place where an integer literal may take the type of
  /// the other side (operands, assigned, stored, returned values and
  /// arguments), which all go through `convert`: there a literal beyond
  /// `int` must fit its fixed-width type.
  TypedValue emitOperand(const ast::Expr *expr);
  /// An integer literal (possibly negated) as an `int` operand.
  TypedValue emitIntLiteral(const ast::Expr *expr, const APInt &value);
  TypedValue emitName(const ast::NameExpr *expr);
  TypedValue emitConstant(const ConstValue &c, SMLoc smLoc);
  TypedValue emitUnary(const ast::UnaryOpExpr *expr);
  TypedValue emitBinary(const ast::BinOpExpr *expr);
  TypedValue emitBinaryOp(ast::BinOpKind op, TypedValue lhs, TypedValue rhs,
                          SMRange range, SMLoc opLoc);
  TypedValue emitCompare(const ast::CompareExpr *expr);
  mlir::Value emitCmp(ast::CmpOpKind op, TypedValue lhs, TypedValue rhs,
                      mlir::Location loc);
  TypedValue emitBoolOp(const ast::BoolOpExpr *expr);
  TypedValue emitIfExp(const ast::IfExpExpr *expr);
  TypedValue emitCall(const ast::CallExpr *expr);
  TypedValue emitModuleCall(const ast::CallExpr *expr, unsigned index);
  /// Whether the call has the number of arguments `info` takes (an error
  /// if not).
  bool checkBuiltinArity(const ast::CallExpr *expr, const BuiltinInfo &info);
  TypedValue emitBuiltinCall(const ast::CallExpr *expr, llvm::StringRef name);
  TypedValue emitMathCall(const ast::CallExpr *expr, llvm::StringRef name);
  TypedValue emitConversionCall(const ast::CallExpr *expr, ScalarKind kind);
  TypedValue emitMinMax(const ast::CallExpr *expr, BuiltinID id);
  TypedValue emitAttribute(const ast::AttributeExpr *expr);
  TypedValue emitSubscript(const ast::SubscriptExpr *expr);
  TypedValue emitTuple(const ast::TupleExpr *expr);
  /// The view and the Int indices of `view[indices]`, or false on error.
  bool emitIndices(const ast::SubscriptExpr *expr, TypedValue &view,
                   llvm::SmallVectorImpl<mlir::Value> &indices);

  /// The truth value of an expression as i1 (Python's truthiness), with
  /// short-circuit evaluation of `and`/`or`/`not`.
  mlir::Value emitCondition(const ast::Expr *expr);
  mlir::Value truth(TypedValue value, mlir::Location loc);

  /// Converts to `to`: a value-preserving widening, or the conversion an
  /// explicit call asked for. Reports at `range` when not assignable and
  /// `implicit` is set.
  TypedValue convert(TypedValue value, const Type &to, SMRange range,
                     bool implicit = true);
  /// Whether `value` may be assigned to `to` implicitly (Sema's rule, per
  /// element for a tuple expression).
  static bool isAssignable(const Type &to, const TypedValue &value);
  /// The raw conversion op between scalar types (no checks of the rules).
  mlir::Value castScalar(mlir::Value value, const Type &from, const Type &to,
                         mlir::Location loc, bool wrapInts);

  OverflowModeAttr overflowFor(const Type &type) {
    bool checked = type.isInt() && fn.directives.overflowcheck;
    return OverflowModeAttr::get(&m.context, checked ? OverflowMode::checked
                                                     : OverflowMode::wrap);
  }

  TypedValue error() { return TypedValue{mlir::Value(), Type::error(), {}}; }

  mlir::Value intConst(int64_t v, mlir::Location loc) {
    return ConstantOp::create(b, loc, b.getI64IntegerAttr(v));
  }

  ModuleGen &m;
  const FunctionInfo &fn;
  mlir::func::FuncOp func;
  mlir::OpBuilder &b;
  DiagnosticEngine &diag;

  mlir::Block *entry = nullptr;
  mlir::Block *cur = nullptr;
  std::vector<Variable> vars;
  llvm::StringMap<unsigned> varIds;
  llvm::DenseMap<std::pair<mlir::Block *, unsigned>, mlir::Value> defs;
  llvm::DenseSet<mlir::Block *> sealed;
  struct IncompletePhi {
    unsigned var;
    mlir::BlockArgument arg;
    SMLoc readLoc;
  };
  llvm::DenseMap<mlir::Block *, llvm::SmallVector<IncompletePhi>>
      incompletePhis;
  llvm::DenseMap<mlir::Block *, llvm::SmallVector<Edge>> preds;
  /// Names reported as maybe unbound (once for all elements of a tuple).
  llvm::StringSet<> reportedUnbound;
  llvm::SmallVector<LoopTargets> loops;
};

} // namespace detail
} // namespace frontend
} // namespace pyir

#endif // PYIR_FRONTEND_LIB_SEMA_IRGENINTERNAL_H
