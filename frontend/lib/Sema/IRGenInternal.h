//===- IRGenInternal.h - Shared by the IRGen files --------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// The classes that generate the pyir dialect from the typed AST Sema leaves
// (AST.h, "Typing"), shared by the files of IR generation: ModuleGen and the
// driver of FunctionGen (IRGen.cpp), then FunctionGen by construct:
// statements (IRGenStmt.cpp), loops (IRGenLoop.cpp), expressions and
// conversions (IRGenExpr.cpp), calls (IRGenCall.cpp); the flow diagnostics on
// the graph it builds (FlowDiagnostics.cpp). IR generation checks nothing:
// what Sema guarantees is asserted. The SSA construction and the variables
// are defined here. Not installed.
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

/// What IR generation finds out about a function's control flow, which the
/// flow diagnostics report (FlowDiagnostics.cpp): reads of a variable that
/// some path from the entry reaches unassigned, and the block that falls off
/// the end of a function that must return a value.
struct FlowFacts {
  struct UnboundRead {
    std::string name;
    SMLoc readLoc;
    SMLoc declLoc;
  };
  std::vector<UnboundRead> unboundReads;
  mlir::Block *entry = nullptr;
  /// Null for a function returning None (falling off returns None).
  mlir::Block *fallOff = nullptr;
};

/// Reports the errors `facts` show in `fn`; returns whether there were any.
bool reportFlowErrors(const FunctionInfo &fn, const FlowFacts &facts,
                      DiagnosticEngine &diag);

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
  ModuleGen(const ast::Module &module, const ModuleInfo &info,
            DiagnosticEngine &diag, llvm::SourceMgr &sourceMgr,
            mlir::MLIRContext &context)
      : astModule(module), info(info), diag(diag), sourceMgr(sourceMgr),
        context(context), builder(&context) {}

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
  /// For the flow diagnostics only: IR generation itself reports nothing.
  DiagnosticEngine &diag;
  llvm::SourceMgr &sourceMgr;
  mlir::MLIRContext &context;
  mlir::OpBuilder builder;
  llvm::SmallVector<mlir::func::FuncOp> funcs;
  /// The declarations of ModuleInfo::importedFunctions, in its order.
  llvm::SmallVector<mlir::func::FuncOp> importedFuncs;
};

/// Generates the body of one function from its typed tree. Sema checked
/// the body; what is asserted here is what it guarantees.
class FunctionGen {
public:
  FunctionGen(ModuleGen &m, const FunctionInfo &fn, mlir::func::FuncOp func)
      : m(m), fn(fn), func(func), b(m.builder) {}

  /// Builds the control-flow graph of the body (before cleanup, so that
  /// the flow facts describe the function as written).
  void build();
  /// Removes what `build` left for the facts: unreachable blocks and
  /// trivial block arguments.
  void finish();
  const FlowFacts &getFlowFacts() const { return facts; }

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
    } else if (blockPreds.empty()) {
      // The entry reached without an assignment: a path on which the
      // variable is unbound (reported by the flow diagnostics); or code
      // that cannot run (after a return, a loop that never exits), where
      // a placeholder stands in, an empty array for a view.
      if (block == entry)
        facts.unboundReads.push_back({v.name, readLoc, v.declLoc});
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

  /// A placeholder for a value on a path that cannot execute (or that the
  /// flow diagnostics reject), materialized at the start of `block`.
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
    // A view: an empty array of its type (never executed either).
    if (type.isView() && mlirType) {
      mlir::Value zero = ConstantOp::create(b, loc, b.getI64IntegerAttr(0));
      llvm::SmallVector<mlir::Value, 4> extents(type.getRank(), zero);
      mlir::Type allocated = m.toMLIR(Type::view(
          type.getScalarKind(), type.getRank(), /*contiguous=*/true));
      mlir::Value array = AllocOp::create(b, loc, allocated, extents, false);
      if (allocated == mlirType)
        return array;
      return mlir::UnrealizedConversionCastOp::create(b, loc, mlirType, array)
          .getResult(0);
    }
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

  /// The SSA variable of a source variable, created on first use.
  unsigned varOf(const ast::VarDecl *decl) {
    auto [it, inserted] = varIds.try_emplace(decl, 0);
    if (inserted)
      it->second =
          addVariable(decl->getName(), decl->getType(), decl->getLoc());
    return it->second;
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
    return addVariable("$" + std::to_string(vars.size()), type, SMLoc());
  }

  //===--------------------------------------------------------------------===//
  // Statements
  //===--------------------------------------------------------------------===//

  void emitBlock(llvm::ArrayRef<ast::Stmt *> body);
  void emitStmt(const ast::Stmt *stmt);
  void emitAssign(const ast::AssignStmt *stmt);
  /// The value a local is bound to: the expression's, with a reference of
  /// its own for a view that the expression does not make (for every view
  /// with `copyViews`, and for each view of a tuple but a call's).
  mlir::Value emitBoundValue(const ast::Expr *value, bool copyViews = false);
  /// Evaluates the value of an assignment before any target is assigned:
  /// what is not a literal (literals are folded into each target's type).
  /// With `copyViews`, each view of the (tuple) value that the value does
  /// not make gets a reference of its own.
  void preEvaluate(const ast::Expr *value, bool copyViews);
  /// `tuple` with a pyir.view_ref of each of its views.
  mlir::Value copyViewElements(mlir::Value tuple);
  void emitAugAssign(const ast::AugAssignStmt *stmt);
  void emitReturn(const ast::ReturnStmt *stmt);
  void emitIf(const ast::IfStmt *stmt);
  void emitWhile(const ast::WhileStmt *stmt);
  void emitFor(const ast::ForStmt *stmt);
  void emitForRange(const ast::ForStmt *stmt);
  void emitForView(const ast::ForStmt *stmt);
  /// The canonical counted loop: a hidden counter k from 0 while
  /// `k <predicate> count`; `bindIteration(k)` assigns the loop variable.
  void emitCountedLoop(const ast::ForStmt *stmt, mlir::Value count,
                       mlir::arith::CmpIPredicate predicate,
                       llvm::function_ref<void(mlir::Value)> bindIteration);
  /// Assigns the loop variable a value of type `type`.
  void bindLoopVariable(const ast::ForStmt *stmt, mlir::Value value,
                        const Type &type);
  void emitRaise(const ast::RaiseStmt *stmt);
  void emitAssert(const ast::AssertStmt *stmt);
  /// Emits `pyir.raise` and ends the function there.
  void raise(mlir::Location loc, ExceptionKind kind, llvm::StringRef message);
  void emitReturnOp(mlir::Location loc, mlir::ValueRange values);
  /// Replaces block arguments that always receive one value by that value.
  void removeTrivialPhis();

  //===--------------------------------------------------------------------===//
  // Expressions
  //===--------------------------------------------------------------------===//

  /// The value of an expression (null for a call returning None). A node
  /// that is evaluated once and used twice (an operand of two comparisons,
  /// the value of an assignment) is emitted once per statement.
  mlir::Value emitExpr(const ast::Expr *expr);
  mlir::Value emitExprUncached(const ast::Expr *expr);
  /// Evaluates `exprs` in order with their outermost conversions deferred
  /// until all are evaluated, as in a call: arguments first, then the
  /// conversions to the parameters' types.
  llvm::SmallVector<mlir::Value>
  emitOperands(llvm::ArrayRef<const ast::Expr *> exprs);
  mlir::Value emitConstant(const ConstValue &c, SMLoc smLoc);
  mlir::Value emitUnary(const ast::UnaryOpExpr *expr);
  mlir::Value emitBinary(const ast::BinOpExpr *expr);
  mlir::Value emitCompare(const ast::CompareExpr *expr);
  mlir::Value emitBoolOp(const ast::BoolOpExpr *expr);
  mlir::Value emitIfExp(const ast::IfExpExpr *expr);
  mlir::Value emitConvert(const ast::ConvertExpr *expr);
  mlir::Value emitCall(const ast::CallExpr *expr);
  mlir::Value emitModuleCall(const ast::CallExpr *expr);
  mlir::Value emitBuiltinCall(const ast::CallExpr *expr);
  mlir::Value emitAllocCall(const ast::CallExpr *expr);
  mlir::Value emitMathCall(const ast::CallExpr *expr, BuiltinID id);
  mlir::Value emitMinMax(const ast::CallExpr *expr, bool isMax);
  mlir::Value emitSubscript(const ast::SubscriptExpr *expr);
  /// The view and `int` indices of a view element, evaluated once per
  /// statement (the load and the store of `a[i] += x` share them).
  std::pair<mlir::Value, llvm::SmallVector<mlir::Value>>
  emitElementAddress(const ast::SubscriptExpr *expr);

  /// The truth value of an expression as i1 (Python's truthiness), with
  /// short-circuit evaluation of `and`/`or`/`not`.
  mlir::Value emitCondition(const ast::Expr *expr);
  /// The truth of `value`, the value of `expr`.
  mlir::Value truth(const ast::Expr *expr, mlir::Value value,
                    mlir::Location loc);

  /// The conversion op between scalar types: to a fixed-width integer it
  /// wraps; to `int` from a float or a u64, it checks.
  mlir::Value castScalar(mlir::Value value, const Type &from, const Type &to,
                         mlir::Location loc);

  OverflowModeAttr overflowFor(const Type &type) {
    bool checked = type.isInt() && fn.directives.overflowcheck;
    return OverflowModeAttr::get(&m.context, checked ? OverflowMode::checked
                                                     : OverflowMode::wrap);
  }

  mlir::Value intConst(int64_t v, mlir::Location loc) {
    return ConstantOp::create(b, loc, b.getI64IntegerAttr(v));
  }

  ModuleGen &m;
  const FunctionInfo &fn;
  mlir::func::FuncOp func;
  mlir::OpBuilder &b;
  FlowFacts facts;

  mlir::Block *entry = nullptr;
  mlir::Block *cur = nullptr;
  std::vector<Variable> vars;
  llvm::DenseMap<const ast::VarDecl *, unsigned> varIds;
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
  llvm::SmallVector<LoopTargets> loops;
  /// The values of the statement being emitted (see emitExpr).
  llvm::DenseMap<const ast::Expr *, mlir::Value> values;
  llvm::DenseMap<const ast::SubscriptExpr *,
                 std::pair<mlir::Value, llvm::SmallVector<mlir::Value>>>
      elementAddresses;
};

} // namespace detail
} // namespace frontend
} // namespace pyir

#endif // PYIR_FRONTEND_LIB_SEMA_IRGENINTERNAL_H
