//===- IRGen.cpp - PyIR AST to pyir dialect ---------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file generates the pyir dialect from the AST. Function bodies become
// control-flow graphs (`cf.br`/`cf.cond_br`) whose variables are put in SSA
// form on the fly with block arguments, following Braun et al., "Simple and
// Efficient Construction of Static Single Assignment Form" (CC 2013). That
// handles `break`, `continue`, early `return` and `raise` uniformly; later
// passes may lift loops to `scf`.
//
// Every expression is typed here with the rules of Sema, so that type errors
// are reported with their location while the IR is built.
//
//===----------------------------------------------------------------------===//

#include "pyir/Frontend/IRGen.h"

#include "pyir/Config.h"
#include "pyir/Dialect/PyIR/IR/PyIRDialect.h"
#include "pyir/Dialect/PyIR/IR/PyIROps.h"
#include "pyir/Frontend/AST.h"
#include "pyir/Frontend/Diagnostics.h"
#include "pyir/Frontend/Parser.h"
#include "pyir/Frontend/Sema.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlowOps.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/Matchers.h"
#include "mlir/IR/PatternMatch.h"
#include "mlir/IR/Verifier.h"
#include "mlir/Interfaces/ControlFlowInterfaces.h"
#include "mlir/Transforms/RegionUtils.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/SourceMgr.h"

using namespace pyir;
using namespace pyir::frontend;
namespace arith = mlir::arith;
using llvm::APInt;
using llvm::dyn_cast;
using llvm::isa;
using llvm::SMLoc;
using llvm::SMRange;

namespace {

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
      value = block->addArgument(v.mlirType, m.loc(readLoc));
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
      value = block->addArgument(v.mlirType, m.loc(readLoc));
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
    if (vars[var].elements.empty())
      return writeVar(var, cur, value);
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
  TypedValue emitBuiltinCall(const ast::CallExpr *expr, llvm::StringRef name);
  TypedValue emitMathCall(const ast::CallExpr *expr, llvm::StringRef name);
  TypedValue emitConversionCall(const ast::CallExpr *expr, ScalarKind kind);
  TypedValue emitMinMax(const ast::CallExpr *expr, bool isMax);
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

} // namespace

//===----------------------------------------------------------------------===//
// Module
//===----------------------------------------------------------------------===//

mlir::OwningOpRef<mlir::ModuleOp> ModuleGen::generate() {
  unsigned errorsBefore = diag.getNumErrors();
  mlir::Location moduleLoc = loc(astModule.getRange().Start);
  mlir::OwningOpRef<mlir::ModuleOp> module =
      mlir::ModuleOp::create(moduleLoc, llvm::StringRef(info.name));
  module->getOperation()->setAttr(
      PyIRDialect::getVersionAttrName(),
      builder.getStringAttr(PyIRDialect::getCurrentVersion()));
  module->getOperation()->setAttr(PyIRDialect::ModuleAttrHelper::getNameStr(),
                                  builder.getStringAttr(info.name));
  unsigned bufferID = astModule.getBufferID();
  module->getOperation()->setAttr(
      PyIRDialect::SourceAttrHelper::getNameStr(),
      builder.getStringAttr(
          sourceMgr.getMemoryBuffer(bufferID)->getBufferIdentifier()));
  if (info.doc)
    module->getOperation()->setAttr(PyIRDialect::DocAttrHelper::getNameStr(),
                                    builder.getStringAttr(*info.doc));
  llvm::SmallVector<mlir::NamedAttribute> constants;
  for (const ConstantInfo &c : info.constants)
    if (!llvm::StringRef(c.name).starts_with("_"))
      constants.push_back(builder.getNamedAttr(c.name, constAttr(c.value)));
  if (!constants.empty())
    module->getOperation()->setAttr(
        PyIRDialect::ConstantsAttrHelper::getNameStr(),
        builder.getDictionaryAttr(constants));

  // Declare every function first: calls may go forward.
  builder.setInsertionPointToEnd(module->getBody());
  for (const FunctionInfo &fn : info.functions) {
    llvm::SmallVector<mlir::Type> argTypes, resultTypes;
    bool ok = !fn.returnType.isError();
    for (const ParamInfo &p : fn.params) {
      ok &= !p.type.isError();
      argTypes.push_back(p.type.isError() ? builder.getI64Type()
                                          : toMLIR(p.type));
    }
    if (!fn.returnType.isNone() && !fn.returnType.isError())
      resultTypes.push_back(toMLIR(fn.returnType));
    auto func = mlir::func::FuncOp::create(
        builder, loc(fn.def->getLoc()), fn.name,
        builder.getFunctionType(argTypes, resultTypes));
    if (!fn.isPublic)
      func.setPrivate();
    llvm::SmallVector<mlir::Attribute> names, defaults;
    bool anyDefault = false;
    for (const ParamInfo &p : fn.params) {
      names.push_back(builder.getStringAttr(p.name));
      if (p.defaultValue && !p.type.isError() &&
          p.defaultValue->type == p.type) {
        defaults.push_back(constAttr(*p.defaultValue));
        anyDefault = true;
      } else {
        defaults.push_back(builder.getUnitAttr());
      }
    }
    if (!names.empty())
      func->setAttr(PyIRDialect::ArgNamesAttrHelper::getNameStr(),
                    builder.getArrayAttr(names));
    if (anyDefault)
      func->setAttr(PyIRDialect::DefaultsAttrHelper::getNameStr(),
                    builder.getArrayAttr(defaults));
    if (std::optional<llvm::StringRef> doc = fn.def->getDocstring())
      func->setAttr(PyIRDialect::DocAttrHelper::getNameStr(),
                    builder.getStringAttr(*doc));
    if (fn.directives.inlineHint)
      func->setAttr(PyIRDialect::InlineAttrHelper::getNameStr(),
                    builder.getUnitAttr());
    if (fn.directives.nogil)
      func->setAttr(PyIRDialect::NogilAttrHelper::getNameStr(),
                    builder.getUnitAttr());
    funcs.push_back(func);
    if (!ok)
      continue;
  }
  for (size_t i = 0; i < info.functions.size(); ++i) {
    const FunctionInfo &fn = info.functions[i];
    bool ok = !fn.returnType.isError();
    for (const ParamInfo &p : fn.params)
      ok &= !p.type.isError();
    if (!ok)
      continue;
    FunctionGen(*this, fn, funcs[i]).generate();
  }
  if (diag.getNumErrors() != errorsBefore)
    return nullptr;
  return module;
}

//===----------------------------------------------------------------------===//
// Function
//===----------------------------------------------------------------------===//

void FunctionGen::generate() {
  entry = func.addEntryBlock();
  sealed.insert(entry);
  setBlock(entry);
  for (auto [index, p] : llvm::enumerate(fn.params)) {
    unsigned var = declareVar(p.name, p.type, p.loc);
    writeLocal(var, func.getArgument(index));
  }
  emitBlock(fn.def->getBody());
  // Falling off the end returns None.
  if (!fn.returnType.isNone() && isReachable(cur)) {
    diag.error(fn.def->getNameLoc(), "function '" + fn.name +
                                         "' may reach its end without "
                                         "returning a value; it must return " +
                                         fn.returnType.str() +
                                         " on every path");
  }
  mlir::Location endLoc = m.loc(fn.def->getRange().End);
  if (fn.returnType.isNone())
    emitReturnOp(endLoc, {});
  else
    emitReturnOp(endLoc, dummyValueHere(fn.returnType, endLoc));

  // Every block is sealed by now except those still waiting for phis.
  for (mlir::Block &block : func.getBody())
    seal(&block);
  mlir::IRRewriter rewriter(&m.context);
  (void)mlir::eraseUnreachableBlocks(rewriter, func->getRegions());
  removeTrivialPhis();
}

bool FunctionGen::isReachable(mlir::Block *target) {
  llvm::SmallPtrSet<mlir::Block *, 32> seen;
  llvm::SmallVector<mlir::Block *> worklist{entry};
  while (!worklist.empty()) {
    mlir::Block *block = worklist.pop_back_val();
    if (!seen.insert(block).second)
      continue;
    if (block == target)
      return true;
    if (block->empty())
      continue;
    // A branch on a constant (`while True:`, `if False:`) takes one edge.
    mlir::Operation *last = &block->back();
    if (auto condBr = dyn_cast<mlir::cf::CondBranchOp>(last)) {
      mlir::BoolAttr constant;
      if (mlir::matchPattern(condBr.getCondition(),
                             mlir::m_Constant(&constant))) {
        worklist.push_back(constant.getValue() ? condBr.getTrueDest()
                                               : condBr.getFalseDest());
        continue;
      }
    }
    for (mlir::Block *succ : last->getSuccessors())
      worklist.push_back(succ);
  }
  return false;
}

void FunctionGen::removeTrivialPhis() {
  // A block argument whose incoming values are all one value V (or the
  // argument itself, around a loop) is V. Braun et al. remove these while
  // building; doing it once at the end keeps the variable maps simple.
  bool changed = true;
  while (changed) {
    changed = false;
    for (mlir::Block &block : func.getBody()) {
      if (block.isEntryBlock())
        continue;
      for (int index = int(block.getNumArguments()) - 1; index >= 0; --index) {
        mlir::BlockArgument arg = block.getArgument(index);
        mlir::Value same;
        bool trivial = true;
        for (auto it = block.pred_begin(); it != block.pred_end(); ++it) {
          auto branchOp =
              mlir::cast<mlir::BranchOpInterface>((*it)->getTerminator());
          mlir::Value incoming =
              branchOp.getSuccessorOperands(it.getSuccessorIndex())[index];
          if (incoming == arg || incoming == same)
            continue;
          if (same) {
            trivial = false;
            break;
          }
          same = incoming;
        }
        if (!trivial || !same)
          continue;
        arg.replaceAllUsesWith(same);
        for (auto it = block.pred_begin(); it != block.pred_end(); ++it)
          mlir::cast<mlir::BranchOpInterface>((*it)->getTerminator())
              .getSuccessorOperands(it.getSuccessorIndex())
              .erase(index);
        block.eraseArgument(index);
        changed = true;
      }
    }
  }
}

void FunctionGen::emitReturnOp(mlir::Location loc, mlir::ValueRange values) {
  mlir::func::ReturnOp::create(b, loc, values);
}

void FunctionGen::emitBlock(llvm::ArrayRef<ast::Stmt *> body) {
  for (const ast::Stmt *stmt : body)
    emitStmt(stmt);
}

void FunctionGen::emitStmt(const ast::Stmt *stmt) {
  switch (stmt->getKind()) {
  case ast::Stmt::Kind::Expr: {
    const ast::Expr *value = llvm::cast<ast::ExprStmt>(stmt)->getValue();
    // Docstrings, bare strings and `...` do nothing.
    if (isa<ast::StringLiteralExpr, ast::EllipsisLiteralExpr>(value))
      return;
    if (auto *call = dyn_cast<ast::CallExpr>(value)) {
      // A call to a function returning None is fine as a statement.
      if (auto *callee = dyn_cast<ast::NameExpr>(call->getFunc())) {
        auto it = m.info.globals.find(callee->getName());
        if (!lookupVar(callee->getName()) && it != m.info.globals.end() &&
            it->second.kind == GlobalName::Kind::Function) {
          emitModuleCall(call, it->second.index);
          return;
        }
      }
    }
    emitExpr(value);
    return;
  }
  case ast::Stmt::Kind::Assign:
    return emitAssign(llvm::cast<ast::AssignStmt>(stmt));
  case ast::Stmt::Kind::AnnAssign:
    return emitAnnAssign(llvm::cast<ast::AnnAssignStmt>(stmt));
  case ast::Stmt::Kind::AugAssign:
    return emitAugAssign(llvm::cast<ast::AugAssignStmt>(stmt));
  case ast::Stmt::Kind::Return:
    return emitReturn(llvm::cast<ast::ReturnStmt>(stmt));
  case ast::Stmt::Kind::If:
    return emitIf(llvm::cast<ast::IfStmt>(stmt));
  case ast::Stmt::Kind::While:
    return emitWhile(llvm::cast<ast::WhileStmt>(stmt));
  case ast::Stmt::Kind::For:
    return emitFor(llvm::cast<ast::ForStmt>(stmt));
  case ast::Stmt::Kind::Break:
  case ast::Stmt::Kind::Continue: {
    if (loops.empty()) {
      diag.error(stmt->getRange(),
                 llvm::Twine("'") +
                     (isa<ast::BreakStmt>(stmt) ? "break" : "continue") +
                     "' outside a loop");
      return;
    }
    mlir::Block *target = isa<ast::BreakStmt>(stmt)
                              ? loops.back().breakTarget
                              : loops.back().continueTarget;
    branch(m.loc(stmt->getLoc()), target);
    startUnreachable();
    return;
  }
  case ast::Stmt::Kind::Pass:
    return;
  case ast::Stmt::Kind::Assert:
    return emitAssert(llvm::cast<ast::AssertStmt>(stmt));
  case ast::Stmt::Kind::Raise:
    return emitRaise(llvm::cast<ast::RaiseStmt>(stmt));
  case ast::Stmt::Kind::Import:
  case ast::Stmt::Kind::ImportFrom:
    diag.error(stmt->getRange(), "imports are only supported at module level");
    return;
  case ast::Stmt::Kind::FunctionDef:
    diag.error(stmt->getRange(), "nested functions are not supported");
    return;
  }
}

void FunctionGen::assignVar(const ast::NameExpr *target, TypedValue value,
                            std::optional<Type> declared) {
  llvm::StringRef name = target->getName();
  std::optional<unsigned> var = lookupVar(name);
  if (!var) {
    if (m.info.globals.count(name)) {
      diag.error(target->getRange(),
                 "'" + name +
                     "' is a module-level name; a function cannot "
                     "assign it (use another local name)");
      return;
    }
    Type type = declared ? *declared : value.type;
    if (!declared && value.type.isView()) {
      diag.error(target->getRange(),
                 "a view cannot be assigned to a local variable; index the "
                 "parameter directly");
      return;
    }
    if (type.isNone()) {
      diag.error(target->getRange(),
                 "cannot assign the result of a function returning None");
      return;
    }
    if (type.isError())
      return;
    var = declareVar(name, type, target->getLoc());
  } else if (declared && *declared != vars[*var].type) {
    diag.error(target->getRange(), "'" + name + "' is redeclared as " +
                                       declared->str() + "; it was " +
                                       vars[*var].type.str());
    diag.note(vars[*var].declLoc, "'" + name + "' first assigned here");
    return;
  }
  const Variable &v = vars[*var];
  if (!value)
    return;
  if (!isAssignable(v.type, value)) {
    diag.error(target->getRange(),
               "cannot assign a value of type " + value.type.str() + " to '" +
                   name + "' of type " + v.type.str() +
                   "; a variable keeps the type of its first assignment");
    if (v.declLoc.isValid())
      diag.note(v.declLoc,
                "'" + name + "' first assigned here as " + v.type.str());
    return;
  }
  TypedValue converted = convert(value, v.type, target->getRange());
  if (converted)
    writeLocal(*var, converted.value);
}

void FunctionGen::emitAssign(const ast::AssignStmt *stmt) {
  TypedValue value = emitOperand(stmt->getValue());
  for (const ast::Expr *target : stmt->getTargets())
    emitAssignTo(target, value, stmt->getRange());
}

void FunctionGen::emitAssignTo(const ast::Expr *target, TypedValue value,
                               SMRange range) {
  if (auto *name = dyn_cast<ast::NameExpr>(target))
    return assignVar(name, value);
  if (auto *tuple = dyn_cast<ast::TupleExpr>(target)) {
    if (value.type.isError())
      return;
    if (!value.type.isTuple() ||
        value.type.getElements().size() != tuple->getElts().size()) {
      diag.error(range, "cannot unpack a value of type " + value.type.str() +
                            " into " + std::to_string(tuple->getElts().size()) +
                            " targets");
      return;
    }
    mlir::Location l = m.loc(target->getLoc());
    for (auto [index, elt] : llvm::enumerate(tuple->getElts())) {
      // The elements of a tuple expression keep their literals.
      TypedValue element =
          value.elements.empty()
              ? TypedValue{TupleGetOp::create(b, l, value.value, index),
                           value.type.getElements()[index],
                           {}}
              : value.elements[index];
      emitAssignTo(elt, element, range);
    }
    return;
  }
  if (auto *sub = dyn_cast<ast::SubscriptExpr>(target)) {
    TypedValue view;
    llvm::SmallVector<mlir::Value> indices;
    if (!emitIndices(sub, view, indices) || !value)
      return;
    Type element = Type::scalar(view.type.getScalarKind());
    // Stores into an f32 view round, as every buffer exporter does.
    bool roundsToF32 = element.is(ScalarKind::F32) && value.type.isFloat();
    if (!roundsToF32 &&
        !Sema::isAssignable(element, value.type, value.literal)) {
      diag.error(range, "cannot store a value of type " + value.type.str() +
                            " into an element of " + view.type.str() +
                            "; convert it explicitly, e.g. " +
                            getName(element.getScalarKind()) + "(x)");
      return;
    }
    TypedValue converted = convert(value, element, range, !roundsToF32);
    if (!converted)
      return;
    StoreOp::create(b, m.loc(target->getLoc()), converted.value, view.value,
                    indices, fn.directives.boundscheck,
                    fn.directives.wraparound);
    return;
  }
  diag.error(target->getRange(),
             "cannot assign to this expression; PyIR assigns to names, "
             "tuples of names and view elements");
}

void FunctionGen::emitAnnAssign(const ast::AnnAssignStmt *stmt) {
  auto *name = dyn_cast<ast::NameExpr>(stmt->getTarget());
  if (!name) {
    diag.error(stmt->getTarget()->getRange(),
               "only a local name can be annotated");
    return;
  }
  Type declared = m.sema.resolveAnnotation(stmt->getAnnotation(), m.info,
                                           /*allowNone=*/false);
  if (declared.isError())
    return;
  if (declared.isView()) {
    diag.error(stmt->getAnnotation()->getRange(),
               "a local variable cannot be a view; index the parameter "
               "directly");
    return;
  }
  if (!stmt->getValue()) {
    if (!lookupVar(name->getName()))
      declareVar(name->getName(), declared, name->getLoc());
    return;
  }
  assignVar(name, emitOperand(stmt->getValue()), declared);
}

void FunctionGen::emitAugAssign(const ast::AugAssignStmt *stmt) {
  const ast::Expr *target = stmt->getTarget();
  if (auto *name = dyn_cast<ast::NameExpr>(target)) {
    TypedValue current = emitName(name);
    TypedValue rhs = emitOperand(stmt->getValue());
    if (!current || !rhs)
      return;
    TypedValue result = emitBinaryOp(stmt->getOp(), current, rhs,
                                     stmt->getRange(), stmt->getOpLoc());
    if (!result)
      return;
    result.literal.reset();
    return assignVar(name, result);
  }
  if (auto *sub = dyn_cast<ast::SubscriptExpr>(target)) {
    // The index is evaluated once, as in Python.
    TypedValue view;
    llvm::SmallVector<mlir::Value> indices;
    if (!emitIndices(sub, view, indices))
      return;
    mlir::Location l = m.loc(sub->getLoc());
    Type element = Type::scalar(view.type.getScalarKind());
    TypedValue current{LoadOp::create(b, l, view.value, indices,
                                      fn.directives.boundscheck,
                                      fn.directives.wraparound),
                       element,
                       {}};
    TypedValue rhs = emitOperand(stmt->getValue());
    if (!rhs)
      return;
    TypedValue result = emitBinaryOp(stmt->getOp(), current, rhs,
                                     stmt->getRange(), stmt->getOpLoc());
    if (!result)
      return;
    bool roundsToF32 = element.is(ScalarKind::F32) && result.type.isFloat();
    if (!roundsToF32 &&
        !Sema::isAssignable(element, result.type, std::nullopt)) {
      diag.error(stmt->getRange(), "the result of type " + result.type.str() +
                                       " cannot be stored into an element of " +
                                       view.type.str() +
                                       "; convert it explicitly");
      return;
    }
    TypedValue converted =
        convert(result, element, stmt->getRange(), !roundsToF32);
    if (converted)
      StoreOp::create(b, l, converted.value, view.value, indices,
                      fn.directives.boundscheck, fn.directives.wraparound);
    return;
  }
  diag.error(target->getRange(), "cannot assign to this expression");
}

void FunctionGen::emitReturn(const ast::ReturnStmt *stmt) {
  mlir::Location l = m.loc(stmt->getLoc());
  if (!stmt->getValue() || isa<ast::NoneLiteralExpr>(stmt->getValue())) {
    if (!fn.returnType.isNone())
      diag.error(stmt->getRange(), "function '" + fn.name + "' must return " +
                                       fn.returnType.str() + ", not None");
    else
      emitReturnOp(l, {});
    startUnreachable();
    return;
  }
  TypedValue value = emitOperand(stmt->getValue());
  if (fn.returnType.isNone()) {
    diag.error(stmt->getValue()->getRange(),
               "function '" + fn.name +
                   "' is annotated '-> None' but returns a value");
    startUnreachable();
    return;
  }
  if (value) {
    if (!isAssignable(fn.returnType, value)) {
      diag.error(stmt->getValue()->getRange(),
                 "returns a value of type " + value.type.str() +
                     " but function '" + fn.name + "' is annotated -> " +
                     fn.returnType.str());
    } else if (TypedValue converted =
                   convert(value, fn.returnType, stmt->getRange())) {
      emitReturnOp(l, converted.value);
    }
  }
  startUnreachable();
}

void FunctionGen::emitIf(const ast::IfStmt *stmt) {
  mlir::Value cond = emitCondition(stmt->getTest());
  if (!cond)
    cond = arith::ConstantOp::create(b, m.loc(stmt->getLoc()),
                                     b.getBoolAttr(false));
  mlir::Block *thenBlock = newBlock();
  mlir::Block *elseBlock = stmt->getOrElse().empty() ? nullptr : newBlock();
  mlir::Block *join = newBlock();
  condBranch(m.loc(stmt->getLoc()), cond, thenBlock, {},
             elseBlock ? elseBlock : join, {});
  seal(thenBlock);
  setBlock(thenBlock);
  emitBlock(stmt->getBody());
  branch(m.loc(stmt->getRange().End), join);
  if (elseBlock) {
    seal(elseBlock);
    setBlock(elseBlock);
    emitBlock(stmt->getOrElse());
    branch(m.loc(stmt->getRange().End), join);
  }
  seal(join);
  setBlock(join);
}

void FunctionGen::emitWhile(const ast::WhileStmt *stmt) {
  mlir::Location l = m.loc(stmt->getLoc());
  mlir::Block *header = newBlock();
  mlir::Block *body = newBlock();
  mlir::Block *orElse = stmt->getOrElse().empty() ? nullptr : newBlock();
  mlir::Block *exit = newBlock();
  branch(l, header);
  setBlock(header);
  mlir::Value cond = emitCondition(stmt->getTest());
  if (!cond)
    cond = arith::ConstantOp::create(b, l, b.getBoolAttr(false));
  condBranch(l, cond, body, {}, orElse ? orElse : exit, {});
  seal(body);
  setBlock(body);
  loops.push_back({exit, header});
  emitBlock(stmt->getBody());
  loops.pop_back();
  branch(l, header);
  seal(header);
  if (orElse) {
    seal(orElse);
    setBlock(orElse);
    emitBlock(stmt->getOrElse());
    branch(l, exit);
  }
  seal(exit);
  setBlock(exit);
}

void FunctionGen::emitFor(const ast::ForStmt *stmt) {
  if (auto *call = dyn_cast<ast::CallExpr>(stmt->getIter())) {
    if (call->getCalleeName() == "range" && !lookupVar("range") &&
        !m.info.globals.count("range"))
      return emitForRange(stmt, call);
  }
  TypedValue iter = emitExpr(stmt->getIter());
  if (!iter)
    return;
  if (iter.type.isView() && iter.type.getRank() == 1)
    return emitForView(stmt, iter);
  diag.error(stmt->getIter()->getRange(),
             "a for loop iterates over range(...) or a 1-D view, not " +
                 iter.type.str());
}

void FunctionGen::emitForRange(const ast::ForStmt *stmt,
                               const ast::CallExpr *range) {
  mlir::Location l = m.loc(stmt->getLoc());
  auto *target = dyn_cast<ast::NameExpr>(stmt->getTarget());
  if (!target) {
    diag.error(stmt->getTarget()->getRange(),
               "the target of a for loop over range() must be a name");
    return;
  }
  if (!range->getKeywords().empty() || range->getArgs().empty() ||
      range->getArgs().size() > 3) {
    diag.error(range->getRange(),
               "range() takes 1 to 3 positional integer arguments");
    return;
  }
  // The bounds are evaluated once, left to right.
  llvm::SmallVector<mlir::Value, 3> bounds;
  for (const ast::Expr *arg : range->getArgs()) {
    TypedValue v = emitExpr(arg);
    if (!v)
      return;
    if (!v.type.isInteger() && !v.type.isBool()) {
      diag.error(arg->getRange(),
                 "range() arguments must be integers, not " + v.type.str());
      return;
    }
    TypedValue asInt = convert(v, Type::integer(), arg->getRange());
    if (!asInt)
      return;
    bounds.push_back(asInt.value);
  }
  mlir::Value start, stop, step;
  std::optional<int64_t> constStep = 1;
  if (bounds.size() == 1) {
    start = intConst(0, l);
    stop = bounds[0];
    step = intConst(1, l);
  } else {
    start = bounds[0];
    stop = bounds[1];
    if (bounds.size() == 3) {
      step = bounds[2];
      constStep.reset();
      if (std::optional<APInt> lit = Sema::getIntLiteral(range->getArgs()[2]))
        constStep = lit->getSExtValue();
    } else {
      step = intConst(1, l);
    }
  }
  if (constStep && *constStep == 0) {
    diag.error(range->getArgs()[2]->getRange(),
               "range() arg 3 must not be zero");
    return;
  }
  mlir::Value zero = intConst(0, l);
  if (!constStep) {
    mlir::Value isZero =
        CmpOp::create(b, l, CmpPredicate::ne, step, zero).getResult();
    AssertOp::create(b, l, isZero, ExceptionKind::ValueError,
                     b.getStringAttr("range() arg 3 must not be zero"));
  }
  // The trip count, as an unsigned 64-bit number (a range may hold up to
  // 2**64 - 1 values): for step > 0, (stop - start - 1) / step + 1 when
  // start < stop; for step < 0 the mirror image.
  auto tripCount = [&](mlir::Value lo, mlir::Value hi,
                       mlir::Value stride) -> mlir::Value {
    mlir::Value one = intConst(1, l);
    mlir::Value diff = arith::SubIOp::create(b, l, hi, lo);
    mlir::Value diffMinusOne = arith::SubIOp::create(b, l, diff, one);
    mlir::Value quotient = arith::DivUIOp::create(b, l, diffMinusOne, stride);
    mlir::Value count = arith::AddIOp::create(b, l, quotient, one);
    mlir::Value nonEmpty =
        arith::CmpIOp::create(b, l, arith::CmpIPredicate::slt, lo, hi);
    return arith::SelectOp::create(b, l, nonEmpty, count, intConst(0, l));
  };
  mlir::Value count;
  if (constStep && *constStep > 0) {
    count = tripCount(start, stop, step);
  } else if (constStep) {
    count = tripCount(stop, start, arith::SubIOp::create(b, l, zero, step));
  } else {
    mlir::Value positive =
        arith::CmpIOp::create(b, l, arith::CmpIPredicate::sgt, step, zero);
    mlir::Value up = tripCount(start, stop, step);
    mlir::Value down =
        tripCount(stop, start, arith::SubIOp::create(b, l, zero, step));
    count = arith::SelectOp::create(b, l, positive, up, down);
  }

  emitCountedLoop(stmt, count, arith::CmpIPredicate::ult, [&](mlir::Value k) {
    mlir::Value offset = arith::MulIOp::create(b, l, k, step);
    mlir::Value i = arith::AddIOp::create(b, l, start, offset);
    assignVar(target, TypedValue{i, Type::integer(), {}});
  });
}

void FunctionGen::emitForView(const ast::ForStmt *stmt, TypedValue view) {
  mlir::Location l = m.loc(stmt->getLoc());
  auto *target = dyn_cast<ast::NameExpr>(stmt->getTarget());
  if (!target) {
    diag.error(stmt->getTarget()->getRange(),
               "the target of a for loop over a view must be a name");
    return;
  }
  mlir::Value count = DimOp::create(b, l, view.value, 0);
  emitCountedLoop(stmt, count, arith::CmpIPredicate::slt, [&](mlir::Value k) {
    // The counter is always in range: no check needed.
    mlir::Value element = LoadOp::create(b, l, view.value, k,
                                         /*boundscheck=*/false,
                                         /*wraparound=*/false);
    assignVar(target,
              TypedValue{element, Type::scalar(view.type.getScalarKind()), {}});
  });
}

void FunctionGen::emitCountedLoop(
    const ast::ForStmt *stmt, mlir::Value count, arith::CmpIPredicate predicate,
    llvm::function_ref<void(mlir::Value)> bindIteration) {
  mlir::Location l = m.loc(stmt->getLoc());
  unsigned counter = declareHidden(Type::integer());
  writeVar(counter, cur, intConst(0, l));
  mlir::Block *header = newBlock();
  mlir::Block *bodyBlock = newBlock();
  mlir::Block *latch = newBlock();
  mlir::Block *orElse = stmt->getOrElse().empty() ? nullptr : newBlock();
  mlir::Block *exit = newBlock();
  branch(l, header);

  // header: continue while k < count.
  setBlock(header);
  mlir::Value k = readVar(counter, header, stmt->getLoc());
  mlir::Value more = arith::CmpIOp::create(b, l, predicate, k, count);
  condBranch(l, more, bodyBlock, {}, orElse ? orElse : exit, {});

  // body: bind the loop variable from k, then the statements; `break` goes
  // to exit (skipping the else clause), `continue` to the latch.
  setBlock(bodyBlock);
  seal(bodyBlock);
  bindIteration(readVar(counter, bodyBlock, stmt->getLoc()));
  loops.push_back({exit, latch});
  emitBlock(stmt->getBody());
  loops.pop_back();
  branch(l, latch);
  seal(latch);

  // latch: k += 1.
  setBlock(latch);
  mlir::Value kLatch = readVar(counter, latch, stmt->getLoc());
  writeVar(counter, latch, arith::AddIOp::create(b, l, kLatch, intConst(1, l)));
  branch(l, header);
  seal(header);
  if (orElse) {
    seal(orElse);
    setBlock(orElse);
    emitBlock(stmt->getOrElse());
    branch(l, exit);
  }
  seal(exit);
  setBlock(exit);
}

/// The exception kind a builtin exception name denotes.
/// "ValueError, TypeError, ... and NotImplementedError": the exceptions a
/// `raise` accepts, in the order of the ExceptionKind enum.
static std::string raisableExceptionNames() {
  std::string names;
  uint32_t last = getMaxEnumValForExceptionKind();
  for (uint32_t k = 0; k <= last; ++k) {
    if (k)
      names += k == last ? " and " : ", ";
    names += stringifyExceptionKind(*symbolizeExceptionKind(k));
  }
  return names;
}
void FunctionGen::raise(mlir::Location loc, ExceptionKind kind,
                        llvm::StringRef message) {
  RaiseOp::create(b, loc, kind,
                  message.empty() ? mlir::StringAttr()
                                  : b.getStringAttr(message));
  // The function ends with the exception; the return is never reached.
  if (fn.returnType.isNone())
    emitReturnOp(loc, {});
  else
    emitReturnOp(loc, dummyValueHere(fn.returnType, loc));
  startUnreachable();
}

void FunctionGen::endPathAfterError(const ast::Stmt *stmt) {
  // An invalid `raise` still ends its path, so that no follow-on error
  // ("may reach its end without returning") is reported for it.
  raise(m.loc(stmt->getLoc()), ExceptionKind::RuntimeError, "");
}

void FunctionGen::emitRaise(const ast::RaiseStmt *stmt) {
  const ast::Expr *exc = stmt->getExc();
  if (!exc) {
    diag.error(stmt->getRange(), "a bare 'raise' needs an active exception; "
                                 "PyIR has no try/except");
    return endPathAfterError(stmt);
  }
  const ast::Expr *callee = exc;
  const ast::CallExpr *call = dyn_cast<ast::CallExpr>(exc);
  if (call)
    callee = call->getFunc();
  auto *name = dyn_cast<ast::NameExpr>(callee);
  std::optional<ExceptionKind> kind;
  if (name && !lookupVar(name->getName()) &&
      !m.info.globals.count(name->getName()))
    kind = symbolizeExceptionKind(name->getName());
  if (!kind) {
    diag.error(callee->getRange(), "PyIR raises the builtin exceptions " +
                                       raisableExceptionNames());
    return endPathAfterError(stmt);
  }
  std::string message;
  if (call) {
    if (!call->getKeywords().empty() || call->getArgs().size() > 1) {
      diag.error(call->getRange(),
                 "an exception takes at most one argument, a string literal");
      return endPathAfterError(stmt);
    }
    if (!call->getArgs().empty()) {
      auto *str = dyn_cast<ast::StringLiteralExpr>(call->getArgs()[0]);
      if (!str || str->isBytes()) {
        diag.error(call->getArgs()[0]->getRange(),
                   "the exception message must be a string literal");
        return endPathAfterError(stmt);
      }
      message = str->getValue().str();
    }
  }
  raise(m.loc(stmt->getLoc()), *kind, message);
}

void FunctionGen::emitAssert(const ast::AssertStmt *stmt) {
  mlir::Value cond = emitCondition(stmt->getTest());
  std::string message;
  if (const ast::Expr *msg = stmt->getMsg()) {
    auto *str = dyn_cast<ast::StringLiteralExpr>(msg);
    if (!str || str->isBytes()) {
      diag.error(msg->getRange(),
                 "the assert message must be a string literal");
      return;
    }
    message = str->getValue().str();
  }
  if (!cond)
    return;
  // `assert False` always raises: nothing after it runs.
  mlir::BoolAttr constant;
  if (mlir::matchPattern(cond, mlir::m_Constant(&constant)) &&
      !constant.getValue())
    return raise(m.loc(stmt->getLoc()), ExceptionKind::AssertionError, message);
  AssertOp::create(
      b, m.loc(stmt->getLoc()), cond, ExceptionKind::AssertionError,
      message.empty() ? mlir::StringAttr() : b.getStringAttr(message));
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

/// Whether an integer literal lies outside `int` (and so needs a fixed-width
/// type to be a value).
static bool isWideLiteral(const TypedValue &value) {
  return value.literal && !value.literal->isSignedIntN(64);
}

static const char *const kLiteralDoesNotFitInt =
    "integer literal does not fit in int (64-bit signed)";

TypedValue FunctionGen::emitExpr(const ast::Expr *expr) {
  TypedValue value = emitOperand(expr);
  if (isWideLiteral(value)) {
    diag.error(value.literalRange, kLiteralDoesNotFitInt);
    return error();
  }
  return value;
}

TypedValue FunctionGen::emitIntLiteral(const ast::Expr *expr,
                                       const APInt &value) {
  TypedValue result{
      intConst(value.trunc(64).getSExtValue(), m.loc(expr->getLoc())),
      Type::integer(), value};
  result.literalRange = expr->getRange();
  return result;
}

TypedValue FunctionGen::emitOperand(const ast::Expr *expr) {
  mlir::Location l = m.loc(expr->getLoc());
  switch (expr->getKind()) {
  case ast::Expr::Kind::IntLiteral:
    return emitIntLiteral(expr, *Sema::getIntLiteral(expr));
  case ast::Expr::Kind::FloatLiteral:
    return TypedValue{
        ConstantOp::create(
            b, l,
            b.getF64FloatAttr(
                llvm::cast<ast::FloatLiteralExpr>(expr)->getValue())),
        Type::floating(),
        {}};
  case ast::Expr::Kind::BoolLiteral:
    return TypedValue{
        ConstantOp::create(
            b, l,
            b.getBoolAttr(llvm::cast<ast::BoolLiteralExpr>(expr)->getValue())),
        Type::boolean(),
        {}};
  case ast::Expr::Kind::Name:
    return emitName(llvm::cast<ast::NameExpr>(expr));
  case ast::Expr::Kind::UnaryOp:
    return emitUnary(llvm::cast<ast::UnaryOpExpr>(expr));
  case ast::Expr::Kind::BinOp:
    return emitBinary(llvm::cast<ast::BinOpExpr>(expr));
  case ast::Expr::Kind::BoolOp:
    return emitBoolOp(llvm::cast<ast::BoolOpExpr>(expr));
  case ast::Expr::Kind::Compare:
    return emitCompare(llvm::cast<ast::CompareExpr>(expr));
  case ast::Expr::Kind::IfExp:
    return emitIfExp(llvm::cast<ast::IfExpExpr>(expr));
  case ast::Expr::Kind::Call:
    return emitCall(llvm::cast<ast::CallExpr>(expr));
  case ast::Expr::Kind::Attribute:
    return emitAttribute(llvm::cast<ast::AttributeExpr>(expr));
  case ast::Expr::Kind::Subscript:
    return emitSubscript(llvm::cast<ast::SubscriptExpr>(expr));
  case ast::Expr::Kind::Tuple:
    return emitTuple(llvm::cast<ast::TupleExpr>(expr));
  case ast::Expr::Kind::StringLiteral:
    diag.error(expr->getRange(), "strings are only supported as docstrings "
                                 "and exception messages");
    return error();
  case ast::Expr::Kind::NoneLiteral:
    diag.error(expr->getRange(), "None is only supported as 'return None'");
    return error();
  case ast::Expr::Kind::EllipsisLiteral:
  case ast::Expr::Kind::Slice:
    diag.error(expr->getRange(), "this expression is not supported here");
    return error();
  }
  return error();
}

TypedValue FunctionGen::emitConstant(const ConstValue &c, SMLoc smLoc) {
  return TypedValue{
      ConstantOp::create(b, m.loc(smLoc), m.constAttr(c)), c.type, {}};
}

TypedValue FunctionGen::emitName(const ast::NameExpr *expr) {
  llvm::StringRef name = expr->getName();
  if (std::optional<unsigned> var = lookupVar(name)) {
    if (vars[*var].type.isError())
      return error();
    return TypedValue{readLocal(*var, expr->getLoc()), vars[*var].type, {}};
  }
  auto it = m.info.globals.find(name);
  if (it != m.info.globals.end()) {
    const GlobalName &g = it->second;
    if (g.kind == GlobalName::Kind::Constant)
      return emitConstant(m.info.constants[g.index].value, expr->getLoc());
    if (g.kind == GlobalName::Kind::MathMember) {
      if (std::optional<ConstValue> c =
              m.sema.evaluateConstant(expr, m.info, /*report=*/false))
        return emitConstant(*c, expr->getLoc());
    }
    diag.error(expr->getRange(),
               "'" + name +
                   "' is not a value; call it or use it in an "
                   "annotation");
    return error();
  }
  diag.error(expr->getRange(), "name '" + name +
                                   "' is not defined (or is not supported by "
                                   "PyIR)");
  return error();
}

TypedValue FunctionGen::emitUnary(const ast::UnaryOpExpr *expr) {
  mlir::Location l = m.loc(expr->getLoc());
  if (expr->getOp() == ast::UnaryOpKind::Not) {
    mlir::Value cond = emitCondition(expr->getOperand());
    if (!cond)
      return error();
    mlir::Value trueVal = arith::ConstantOp::create(b, l, b.getBoolAttr(true));
    return TypedValue{
        arith::XOrIOp::create(b, l, cond, trueVal), Type::boolean(), {}};
  }
  // `-5` is a literal: it may take a fixed-width type.
  if (std::optional<APInt> literal = Sema::getIntLiteral(expr))
    return emitIntLiteral(expr, *literal);
  TypedValue operand = emitExpr(expr->getOperand());
  if (!operand)
    return error();
  // `-True` and `~True` compute on the int 1, as in Python.
  if (operand.type.isBool())
    operand = convert(operand, Type::integer(), expr->getRange(),
                      /*implicit=*/false);
  if (!operand.type.isNumeric() || (expr->getOp() == ast::UnaryOpKind::Invert &&
                                    !operand.type.isInteger())) {
    diag.error(expr->getRange(), "bad operand type for unary " +
                                     ast::spelling(expr->getOp()) + ": '" +
                                     operand.type.str() + "'");
    return error();
  }
  switch (expr->getOp()) {
  case ast::UnaryOpKind::Plus:
    return TypedValue{operand.value, operand.type, {}};
  case ast::UnaryOpKind::Minus: {
    OverflowModeAttr mode =
        operand.type.isInteger() ? overflowFor(operand.type) : nullptr;
    return TypedValue{
        NegOp::create(b, l, mode, operand.value), operand.type, {}};
  }
  case ast::UnaryOpKind::Invert:
    return TypedValue{InvertOp::create(b, l, operand.value), operand.type, {}};
  case ast::UnaryOpKind::Not:
    break;
  }
  return error();
}

TypedValue FunctionGen::emitBinary(const ast::BinOpExpr *expr) {
  TypedValue lhs = emitOperand(expr->getLHS());
  TypedValue rhs = emitOperand(expr->getRHS());
  if (!lhs || !rhs)
    return error();
  return emitBinaryOp(expr->getOp(), lhs, rhs, expr->getRange(),
                      expr->getOpLoc());
}

TypedValue FunctionGen::emitBinaryOp(ast::BinOpKind op, TypedValue lhs,
                                     TypedValue rhs, SMRange range,
                                     SMLoc opLoc) {
  Type operandType =
      m.sema.getOperandType(op, lhs.type, rhs.type, lhs.literal.has_value(),
                            rhs.literal.has_value(), range);
  if (operandType.isError())
    return error();
  mlir::Location l = m.loc(opLoc.isValid() ? opLoc : range.Start);
  // A literal that meets a fixed-width type must fit it.
  for (TypedValue *side : {&lhs, &rhs}) {
    if (side->literal && operandType.isFixedInteger() &&
        !Sema::literalFits(*side->literal, operandType.getScalarKind())) {
      diag.error(range, "integer literal " +
                            llvm::toString(*side->literal, 10, true) +
                            " does not fit " + operandType.str());
      return error();
    }
  }
  TypedValue x = convert(lhs, operandType, range, /*implicit=*/false);
  TypedValue y = convert(rhs, operandType, range, /*implicit=*/false);
  if (!x || !y)
    return error();
  Type resultType = Sema::getResultType(op, operandType);
  bool isInt = operandType.isInteger();
  OverflowModeAttr mode = isInt ? overflowFor(operandType) : nullptr;
  bool cdiv = isInt && fn.directives.cdivision;
  mlir::Value result;
  switch (op) {
  case ast::BinOpKind::Add:
    result = AddOp::create(b, l, mode, x.value, y.value);
    break;
  case ast::BinOpKind::Sub:
    result = SubOp::create(b, l, mode, x.value, y.value);
    break;
  case ast::BinOpKind::Mul:
    result = MulOp::create(b, l, mode, x.value, y.value);
    break;
  case ast::BinOpKind::Div:
    result =
        TrueDivOp::create(b, l, m.toMLIR(resultType), cdiv, x.value, y.value);
    break;
  case ast::BinOpKind::FloorDiv:
    result = FloorDivOp::create(b, l, mode, cdiv, x.value, y.value);
    break;
  case ast::BinOpKind::Mod:
    result = ModOp::create(b, l, mode, cdiv, x.value, y.value);
    break;
  case ast::BinOpKind::Pow:
    result = PowOp::create(b, l, mode, x.value, y.value);
    break;
  case ast::BinOpKind::LShift:
    result = ShlOp::create(b, l, mode, x.value, y.value);
    break;
  case ast::BinOpKind::RShift:
    result = ShrOp::create(b, l, x.value, y.value);
    break;
  case ast::BinOpKind::BitAnd:
    result = AndOp::create(b, l, x.value, y.value);
    break;
  case ast::BinOpKind::BitOr:
    result = OrOp::create(b, l, x.value, y.value);
    break;
  case ast::BinOpKind::BitXor:
    result = XorOp::create(b, l, x.value, y.value);
    break;
  case ast::BinOpKind::MatMul:
    return error();
  }
  return TypedValue{result, resultType, {}};
}

static CmpPredicate toPredicate(ast::CmpOpKind op) {
  switch (op) {
  case ast::CmpOpKind::Eq:
    return CmpPredicate::eq;
  case ast::CmpOpKind::NotEq:
    return CmpPredicate::ne;
  case ast::CmpOpKind::Lt:
    return CmpPredicate::lt;
  case ast::CmpOpKind::LtE:
    return CmpPredicate::le;
  case ast::CmpOpKind::Gt:
    return CmpPredicate::gt;
  case ast::CmpOpKind::GtE:
    return CmpPredicate::ge;
  }
  return CmpPredicate::eq;
}

mlir::Value FunctionGen::emitCmp(ast::CmpOpKind op, TypedValue lhs,
                                 TypedValue rhs, mlir::Location loc) {
  // An integer literal meeting a fixed-width integer takes its type where it
  // fits; one that does not is compared exactly as an `int`, which gives
  // Python's answer, unless it lies beyond `int` too.
  for (auto [side, other] : {std::pair(&lhs, &rhs), std::pair(&rhs, &lhs)}) {
    if (!side->literal || !other->type.isFixedInteger())
      continue;
    if (Sema::literalFits(*side->literal, other->type.getScalarKind())) {
      *side = convert(*side, other->type, side->literalRange);
    } else if (isWideLiteral(*side)) {
      diag.error(side->literalRange,
                 "integer literal " + llvm::toString(*side->literal, 10, true) +
                     " does not fit " + other->type.str());
      return {};
    }
  }
  for (TypedValue *side : {&lhs, &rhs}) {
    if (isWideLiteral(*side)) {
      diag.error(side->literalRange, kLiteralDoesNotFitInt);
      return {};
    }
  }
  // Compare values exactly across types; a bool against a number compares
  // as 0/1.
  if (lhs.type.isBool() != rhs.type.isBool()) {
    if (lhs.type.isBool())
      lhs = convert(lhs, Type::integer(), SMRange(), false);
    else
      rhs = convert(rhs, Type::integer(), SMRange(), false);
  }
  return CmpOp::create(b, loc, toPredicate(op), lhs.value, rhs.value);
}

TypedValue FunctionGen::emitCompare(const ast::CompareExpr *expr) {
  // a < b < c evaluates b once and stops at the first false comparison.
  TypedValue lhs = emitOperand(expr->getLeft());
  if (!lhs)
    return error();
  auto checkComparable = [&](const TypedValue &v, const ast::Expr *e) {
    if (v.type.isScalar())
      return true;
    diag.error(e->getRange(), "cannot compare a value of type " + v.type.str() +
                                  "; only numbers and bools "
                                  "compare");
    return false;
  };
  if (!checkComparable(lhs, expr->getLeft()))
    return error();
  llvm::ArrayRef<ast::Expr *> comparators = expr->getComparators();
  if (comparators.size() == 1) {
    TypedValue rhs = emitOperand(comparators[0]);
    if (!rhs || !checkComparable(rhs, comparators[0]))
      return error();
    mlir::Value c =
        emitCmp(expr->getOps()[0], lhs, rhs, m.loc(expr->getOpLocs()[0]));
    if (!c)
      return error();
    return TypedValue{c, Type::boolean(), {}};
  }
  mlir::Location l = m.loc(expr->getLoc());
  mlir::Block *join = newBlock();
  join->addArgument(b.getI1Type(), l);
  for (size_t i = 0; i < comparators.size(); ++i) {
    TypedValue rhs = emitOperand(comparators[i]);
    if (!rhs || !checkComparable(rhs, comparators[i]))
      return error();
    mlir::Value c =
        emitCmp(expr->getOps()[i], lhs, rhs, m.loc(expr->getOpLocs()[i]));
    if (!c)
      return error();
    if (i + 1 == comparators.size()) {
      branch(l, join, c);
      break;
    }
    mlir::Block *next = newBlock();
    condBranch(l, c, next, {}, join, c);
    seal(next);
    setBlock(next);
    lhs = rhs;
  }
  seal(join);
  setBlock(join);
  return TypedValue{join->getArgument(0), Type::boolean(), {}};
}

mlir::Value FunctionGen::truth(TypedValue value, mlir::Location loc) {
  if (value.type.isBool())
    return value.value;
  // `while 1:` branches on a constant, like `while True:`.
  if (value.literal)
    return arith::ConstantOp::create(b, loc,
                                     b.getBoolAttr(!value.literal->isZero()));
  if (value.type.isNumeric()) {
    mlir::Value zero =
        value.type.isFloat()
            ? ConstantOp::create(b, loc,
                                 b.getFloatAttr(m.toMLIR(value.type), 0.0))
                  .getResult()
            : ConstantOp::create(b, loc,
                                 b.getIntegerAttr(m.toMLIR(value.type), 0))
                  .getResult();
    return CmpOp::create(b, loc, CmpPredicate::ne, value.value, zero);
  }
  return {};
}

mlir::Value FunctionGen::emitCondition(const ast::Expr *expr) {
  mlir::Location l = m.loc(expr->getLoc());
  if (auto *boolOp = dyn_cast<ast::BoolOpExpr>(expr)) {
    bool isAnd = boolOp->getOp() == ast::BoolOpKind::And;
    mlir::Block *join = newBlock();
    join->addArgument(b.getI1Type(), l);
    llvm::ArrayRef<ast::Expr *> values = boolOp->getValues();
    for (size_t i = 0; i < values.size(); ++i) {
      mlir::Value c = emitCondition(values[i]);
      if (!c)
        return {};
      if (i + 1 == values.size()) {
        branch(l, join, c);
        break;
      }
      mlir::Block *next = newBlock();
      if (isAnd)
        condBranch(l, c, next, {}, join, c);
      else
        condBranch(l, c, join, c, next, {});
      seal(next);
      setBlock(next);
    }
    seal(join);
    setBlock(join);
    return join->getArgument(0);
  }
  if (auto *unary = dyn_cast<ast::UnaryOpExpr>(expr);
      unary && unary->getOp() == ast::UnaryOpKind::Not) {
    mlir::Value c = emitCondition(unary->getOperand());
    if (!c)
      return {};
    return arith::XOrIOp::create(
        b, l, c, arith::ConstantOp::create(b, l, b.getBoolAttr(true)));
  }
  TypedValue value = emitExpr(expr);
  if (!value)
    return {};
  mlir::Value c = truth(value, l);
  if (!c)
    diag.error(expr->getRange(), "a value of type " + value.type.str() +
                                     " has no truth value in PyIR");
  return c;
}

TypedValue FunctionGen::emitBoolOp(const ast::BoolOpExpr *expr) {
  // `a or b` yields a or b themselves, so the operands need one type.
  mlir::Location l = m.loc(expr->getLoc());
  bool isAnd = expr->getOp() == ast::BoolOpKind::And;
  llvm::ArrayRef<ast::Expr *> values = expr->getValues();
  mlir::Block *join = newBlock();
  Type type;
  for (size_t i = 0; i < values.size(); ++i) {
    TypedValue v = emitExpr(values[i]);
    if (!v)
      return error();
    if (i == 0) {
      type = v.type;
      if (!type.isScalar()) {
        diag.error(values[i]->getRange(), "operands of '" +
                                              ast::spelling(expr->getOp()) +
                                              "' must be numbers or bools");
        return error();
      }
      join->addArgument(m.toMLIR(type), l);
    } else if (v.type != type) {
      diag.error(values[i]->getRange(),
                 "operands of '" + ast::spelling(expr->getOp()) +
                     "' must have one type here (" + type.str() + " and " +
                     v.type.str() + "): its value is one of them");
      return error();
    }
    if (i + 1 == values.size()) {
      branch(l, join, v.value);
      break;
    }
    mlir::Value c = truth(v, l);
    mlir::Block *next = newBlock();
    if (isAnd)
      condBranch(l, c, next, {}, join, v.value);
    else
      condBranch(l, c, join, v.value, next, {});
    seal(next);
    setBlock(next);
  }
  seal(join);
  setBlock(join);
  return TypedValue{join->getArgument(0), type, {}};
}

TypedValue FunctionGen::emitIfExp(const ast::IfExpExpr *expr) {
  mlir::Location l = m.loc(expr->getLoc());
  mlir::Value cond = emitCondition(expr->getTest());
  if (!cond)
    return error();
  mlir::Block *thenBlock = newBlock();
  mlir::Block *elseBlock = newBlock();
  mlir::Block *join = newBlock();
  condBranch(l, cond, thenBlock, {}, elseBlock, {});
  seal(thenBlock);
  seal(elseBlock);
  setBlock(thenBlock);
  TypedValue a = emitOperand(expr->getBody());
  mlir::Block *thenEnd = cur;
  setBlock(elseBlock);
  TypedValue c = emitOperand(expr->getOrElse());
  mlir::Block *elseEnd = cur;
  if (!a || !c)
    return error();
  for (auto [value, branchExpr] :
       {std::pair(&a, expr->getBody()), std::pair(&c, expr->getOrElse())}) {
    // Views are not values of their own (see assignVar).
    if (value->type.isView()) {
      diag.error(branchExpr->getRange(),
                 "a conditional expression cannot choose a view (" +
                     value->type.str() + "); index the parameter directly");
      return error();
    }
  }
  Type type = a.type;
  if (a.type != c.type) {
    // The implicit unifications: an integer literal takes the other side's
    // fixed-width type; int (or a literal) meets float.
    if (c.literal && a.type.isFixedInteger() &&
        Sema::isAssignable(a.type, c.type, c.literal))
      type = a.type;
    else if (a.literal && c.type.isFixedInteger() &&
             Sema::isAssignable(c.type, a.type, a.literal))
      type = c.type;
    else if (Sema::isAssignable(c.type, a.type, a.literal) && c.type.isFloat())
      type = c.type;
    else if (!Sema::isAssignable(a.type, c.type, c.literal) ||
             !a.type.isFloat()) {
      diag.error(expr->getRange(),
                 "both branches of a conditional expression need one type "
                 "(" +
                     a.type.str() + " and " + c.type.str() + ")");
      return error();
    }
  }
  // A tuple passes element by element: block arguments are scalars.
  llvm::SmallVector<Type> parts;
  if (type.isTuple())
    llvm::append_range(parts, type.getElements());
  else
    parts.push_back(type);
  for (const Type &part : parts)
    join->addArgument(m.toMLIR(part), l);
  auto flatten = [&](mlir::Value value) -> llvm::SmallVector<mlir::Value> {
    if (!type.isTuple())
      return {value};
    llvm::SmallVector<mlir::Value> elements;
    for (size_t i = 0; i < parts.size(); ++i)
      elements.push_back(TupleGetOp::create(b, l, value, i));
    return elements;
  };
  setBlock(thenEnd);
  TypedValue ca = convert(a, type, expr->getBody()->getRange());
  branch(l, join, flatten(ca.value));
  setBlock(elseEnd);
  TypedValue cc = convert(c, type, expr->getOrElse()->getRange());
  branch(l, join, flatten(cc.value));
  seal(join);
  setBlock(join);
  mlir::Value result = join->getArgument(0);
  if (type.isTuple())
    result = TupleOp::create(
        b, l, llvm::SmallVector<mlir::Value>(join->getArguments()));
  return TypedValue{result, type, {}};
}

TypedValue FunctionGen::emitTuple(const ast::TupleExpr *expr) {
  llvm::SmallVector<mlir::Value> values;
  std::vector<Type> types;
  std::vector<TypedValue> elements;
  for (const ast::Expr *e : expr->getElts()) {
    TypedValue v = emitOperand(e);
    if (!v)
      return error();
    if (!v.type.isScalar()) {
      diag.error(e->getRange(), "tuple elements must be scalars");
      return error();
    }
    values.push_back(v.value);
    types.push_back(v.type);
    elements.push_back(v);
  }
  if (values.size() < 2) {
    diag.error(expr->getRange(), "a tuple needs at least two elements");
    return error();
  }
  TypedValue result{TupleOp::create(b, m.loc(expr->getLoc()), values),
                    Type::tuple(types),
                    {}};
  result.elements = std::move(elements);
  return result;
}

bool FunctionGen::emitIndices(const ast::SubscriptExpr *expr, TypedValue &view,
                              llvm::SmallVectorImpl<mlir::Value> &indices) {
  view = emitExpr(expr->getValue());
  if (!view)
    return false;
  if (!view.type.isView()) {
    diag.error(expr->getValue()->getRange(),
               "a value of type " + view.type.str() +
                   " cannot be indexed; only views can");
    return false;
  }
  std::vector<ast::Expr *> exprs = expr->getIndices();
  if (exprs.size() != view.type.getRank()) {
    diag.error(expr->getIndex()->getRange(),
               "a view of " + std::to_string(view.type.getRank()) +
                   " dimension(s) takes " +
                   std::to_string(view.type.getRank()) + " index(es), got " +
                   std::to_string(exprs.size()));
    return false;
  }
  for (const ast::Expr *e : exprs) {
    TypedValue index = emitExpr(e);
    if (!index)
      return false;
    if (!index.type.isInteger()) {
      diag.error(e->getRange(),
                 "view indices must be integers, not " + index.type.str());
      return false;
    }
    TypedValue asInt = convert(index, Type::integer(), e->getRange());
    if (!asInt)
      return false;
    indices.push_back(asInt.value);
  }
  return true;
}

TypedValue FunctionGen::emitSubscript(const ast::SubscriptExpr *expr) {
  // a.shape[k]
  if (auto *attr = dyn_cast<ast::AttributeExpr>(expr->getValue());
      attr && attr->getAttr() == "shape") {
    TypedValue view = emitExpr(attr->getValue());
    if (!view)
      return error();
    if (!view.type.isView()) {
      diag.error(attr->getRange(), "'.shape' needs a view");
      return error();
    }
    std::optional<APInt> k = Sema::getIntLiteral(expr->getIndex());
    int64_t rank = view.type.getRank();
    if (!k || !k->isSignedIntN(64) || k->getSExtValue() < -rank ||
        k->getSExtValue() >= rank) {
      diag.error(expr->getIndex()->getRange(),
                 "the axis of '.shape[k]' must be an integer literal in "
                 "range for a view of " +
                     std::to_string(rank) + " dimension(s)");
      return error();
    }
    int64_t axis = k->getSExtValue();
    if (axis < 0)
      axis += rank;
    return TypedValue{DimOp::create(b, m.loc(expr->getLoc()), view.value, axis),
                      Type::integer(),
                      {}};
  }
  TypedValue view;
  llvm::SmallVector<mlir::Value> indices;
  if (!emitIndices(expr, view, indices))
    return error();
  return TypedValue{LoadOp::create(b, m.loc(expr->getLoc()), view.value,
                                   indices, fn.directives.boundscheck,
                                   fn.directives.wraparound),
                    Type::scalar(view.type.getScalarKind()),
                    {}};
}

TypedValue FunctionGen::emitAttribute(const ast::AttributeExpr *expr) {
  mlir::Location l = m.loc(expr->getLoc());
  if (auto *base = dyn_cast<ast::NameExpr>(expr->getValue());
      base && !lookupVar(base->getName())) {
    auto it = m.info.globals.find(base->getName());
    if (it != m.info.globals.end() &&
        it->second.kind == GlobalName::Kind::MathModule) {
      if (std::optional<ConstValue> c =
              m.sema.evaluateConstant(expr, m.info, /*report=*/false))
        return emitConstant(*c, expr->getLoc());
      diag.error(expr->getRange(),
                 "math." + expr->getAttr() +
                     " is not a constant; call it or see the supported math "
                     "names");
      return error();
    }
  }
  TypedValue value = emitExpr(expr->getValue());
  if (!value)
    return error();
  if (value.type.isView() && expr->getAttr() == "ndim")
    return TypedValue{intConst(value.type.getRank(), l), Type::integer(), {}};
  if (value.type.isView() && expr->getAttr() == "shape") {
    diag.error(expr->getRange(), "use 'a.shape[k]' with a literal axis k");
    return error();
  }
  diag.error(expr->getRange(), "a value of type " + value.type.str() +
                                   " has no attribute '" + expr->getAttr() +
                                   "' in PyIR");
  return error();
}

//===----------------------------------------------------------------------===//
// Calls
//===----------------------------------------------------------------------===//

TypedValue FunctionGen::emitCall(const ast::CallExpr *expr) {
  const ast::Expr *callee = expr->getFunc();
  if (auto *name = dyn_cast<ast::NameExpr>(callee)) {
    llvm::StringRef n = name->getName();
    if (lookupVar(n)) {
      diag.error(callee->getRange(), "'" + n +
                                         "' is a variable, not a "
                                         "function");
      return error();
    }
    auto it = m.info.globals.find(n);
    if (it != m.info.globals.end()) {
      const GlobalName &g = it->second;
      switch (g.kind) {
      case GlobalName::Kind::Function: {
        TypedValue result = emitModuleCall(expr, g.index);
        if (result.type.isNone()) {
          diag.error(expr->getRange(), "'" + n +
                                           "' returns None; its "
                                           "result cannot be used");
          return error();
        }
        return result;
      }
      case GlobalName::Kind::MathMember:
        return emitMathCall(expr, g.member);
      case GlobalName::Kind::PyIRMember: {
        ScalarKind kind;
        if (lookupPyIRTypeName(g.member, kind))
          return emitConversionCall(expr, kind);
        break;
      }
      default:
        break;
      }
      diag.error(callee->getRange(), "'" + n + "' cannot be called here");
      return error();
    }
    return emitBuiltinCall(expr, n);
  }
  if (auto *attr = dyn_cast<ast::AttributeExpr>(callee)) {
    if (auto *base = dyn_cast<ast::NameExpr>(attr->getValue());
        base && !lookupVar(base->getName())) {
      auto it = m.info.globals.find(base->getName());
      if (it != m.info.globals.end()) {
        if (it->second.kind == GlobalName::Kind::MathModule)
          return emitMathCall(expr, attr->getAttr());
        ScalarKind kind;
        if (it->second.kind == GlobalName::Kind::PyIRModule &&
            lookupPyIRTypeName(attr->getAttr(), kind))
          return emitConversionCall(expr, kind);
      }
    }
  }
  diag.error(callee->getRange(),
             "PyIR calls functions of this module, builtins, math functions "
             "and pyir conversions only");
  return error();
}

TypedValue FunctionGen::emitModuleCall(const ast::CallExpr *expr,
                                       unsigned index) {
  const FunctionInfo &callee = m.info.functions[index];
  // A callee whose signature had errors was reported already.
  bool signatureOk = !callee.returnType.isError();
  for (const ParamInfo &p : callee.params)
    signatureOk &= !p.type.isError();
  if (!signatureOk)
    return error();
  llvm::SmallVector<const ast::Expr *> args(callee.params.size(), nullptr);
  if (expr->getArgs().size() > callee.params.size()) {
    diag.error(expr->getRange(), callee.name + "() takes " +
                                     std::to_string(callee.params.size()) +
                                     " positional argument(s) but " +
                                     std::to_string(expr->getArgs().size()) +
                                     " were given");
    return error();
  }
  for (size_t i = 0; i < expr->getArgs().size(); ++i)
    args[i] = expr->getArgs()[i];
  for (const ast::Keyword &kw : expr->getKeywords()) {
    auto it = llvm::find_if(
        callee.params, [&](const ParamInfo &p) { return p.name == kw.name; });
    if (it == callee.params.end()) {
      diag.error(kw.range, callee.name +
                               "() got an unexpected keyword argument '" +
                               kw.name + "'");
      return error();
    }
    size_t i = it - callee.params.begin();
    if (args[i]) {
      diag.error(kw.range, callee.name +
                               "() got multiple values for "
                               "argument '" +
                               kw.name + "'");
      return error();
    }
    args[i] = kw.value;
  }
  // Arguments are evaluated in source order: positional, then keywords.
  llvm::SmallVector<TypedValue> values(callee.params.size());
  for (size_t i = 0; i < expr->getArgs().size(); ++i)
    values[i] = emitOperand(args[i]);
  for (const ast::Keyword &kw : expr->getKeywords()) {
    size_t i =
        llvm::find_if(callee.params,
                      [&](const ParamInfo &p) { return p.name == kw.name; }) -
        callee.params.begin();
    values[i] = emitOperand(args[i]);
  }
  llvm::SmallVector<mlir::Value> operands;
  bool ok = true;
  for (size_t i = 0; i < callee.params.size(); ++i) {
    const ParamInfo &p = callee.params[i];
    if (!args[i]) {
      if (!p.defaultValue) {
        diag.error(expr->getRange(), callee.name +
                                         "() missing required argument '" +
                                         p.name + "'");
        return error();
      }
      operands.push_back(emitConstant(*p.defaultValue, expr->getLoc()).value);
      continue;
    }
    if (!values[i]) {
      ok = false;
      continue;
    }
    if (values[i].type.isView() && p.type.isView()) {
      if (values[i].type.getScalarKind() != p.type.getScalarKind() ||
          values[i].type.getRank() != p.type.getRank() ||
          (p.type.isContiguous() && !values[i].type.isContiguous())) {
        diag.error(args[i]->getRange(), "argument '" + p.name + "' of " +
                                            callee.name + "() must be " +
                                            p.type.str() + ", not " +
                                            values[i].type.str());
        ok = false;
        continue;
      }
      mlir::Value v = values[i].value;
      if (values[i].type != p.type)
        v = mlir::UnrealizedConversionCastOp::create(
                b, m.loc(args[i]->getLoc()), m.toMLIR(p.type), v)
                .getResult(0);
      operands.push_back(v);
      continue;
    }
    if (!isAssignable(p.type, values[i])) {
      diag.error(args[i]->getRange(),
                 "argument '" + p.name + "' of " + callee.name + "() must be " +
                     p.type.str() + ", not " + values[i].type.str());
      ok = false;
      continue;
    }
    TypedValue converted = convert(values[i], p.type, args[i]->getRange());
    if (!converted) {
      ok = false;
      continue;
    }
    operands.push_back(converted.value);
  }
  if (!ok)
    return error();
  auto call = mlir::func::CallOp::create(b, m.loc(expr->getLoc()),
                                         m.funcs[index], operands);
  if (callee.returnType.isNone())
    return TypedValue{mlir::Value(), Type::none(), {}};
  return TypedValue{call.getResult(0), callee.returnType, {}};
}

TypedValue FunctionGen::emitConversionCall(const ast::CallExpr *expr,
                                           ScalarKind kind) {
  if (expr->getArgs().size() != 1 || !expr->getKeywords().empty()) {
    diag.error(expr->getRange(),
               getName(kind) + "() takes exactly one argument");
    return error();
  }
  TypedValue v = emitOperand(expr->getArgs()[0]);
  if (!v)
    return error();
  if (!v.type.isScalar()) {
    diag.error(expr->getArgs()[0]->getRange(),
               getName(kind) + "() needs a number, not " + v.type.str());
    return error();
  }
  return convert(v, Type::scalar(kind), expr->getRange(), /*implicit=*/false);
}

TypedValue FunctionGen::emitBuiltinCall(const ast::CallExpr *expr,
                                        llvm::StringRef name) {
  mlir::Location l = m.loc(expr->getLoc());
  auto args = expr->getArgs();
  auto arity = [&](size_t lo, size_t hi) {
    if (!expr->getKeywords().empty() || args.size() < lo || args.size() > hi) {
      diag.error(expr->getRange(), name + "() takes " +
                                       (lo == hi ? std::to_string(lo)
                                                 : std::to_string(lo) + " to " +
                                                       std::to_string(hi)) +
                                       " positional argument(s) here");
      return false;
    }
    return true;
  };
  if (name == "len") {
    if (!arity(1, 1))
      return error();
    TypedValue v = emitExpr(args[0]);
    if (!v)
      return error();
    if (!v.type.isView()) {
      diag.error(args[0]->getRange(),
                 "len() needs a view, not " + v.type.str());
      return error();
    }
    return TypedValue{DimOp::create(b, l, v.value, 0), Type::integer(), {}};
  }
  if (name == "int" || name == "float" || name == "bool") {
    if (!arity(1, 1))
      return error();
    TypedValue v = emitExpr(args[0]);
    if (!v)
      return error();
    if (!v.type.isScalar()) {
      diag.error(args[0]->getRange(),
                 name + "() needs a number, not " + v.type.str());
      return error();
    }
    if (name == "bool")
      return TypedValue{truth(v, l), Type::boolean(), {}};
    Type to = name == "int" ? Type::integer() : Type::floating();
    return convert(v, to, expr->getRange(), /*implicit=*/false);
  }
  if (name == "abs") {
    if (!arity(1, 1))
      return error();
    TypedValue v = emitExpr(args[0]);
    if (!v)
      return error();
    if (v.type.isBool())
      v = convert(v, Type::integer(), args[0]->getRange());
    if (!v.type.isNumeric()) {
      diag.error(args[0]->getRange(),
                 "bad operand type for abs(): '" + v.type.str() + "'");
      return error();
    }
    OverflowModeAttr mode = v.type.isInteger() ? overflowFor(v.type) : nullptr;
    return TypedValue{AbsOp::create(b, l, mode, v.value), v.type, {}};
  }
  if (name == "min" || name == "max")
    return emitMinMax(expr, name == "max");
  if (name == "pow") {
    if (!arity(2, 2))
      return error();
    TypedValue x = emitOperand(args[0]);
    TypedValue y = emitOperand(args[1]);
    if (!x || !y)
      return error();
    return emitBinaryOp(ast::BinOpKind::Pow, x, y, expr->getRange(),
                        expr->getLoc());
  }
  if (name == "divmod") {
    if (!arity(2, 2))
      return error();
    TypedValue x = emitOperand(args[0]);
    TypedValue y = emitOperand(args[1]);
    if (!x || !y)
      return error();
    TypedValue q = emitBinaryOp(ast::BinOpKind::FloorDiv, x, y,
                                expr->getRange(), expr->getLoc());
    TypedValue r = emitBinaryOp(ast::BinOpKind::Mod, x, y, expr->getRange(),
                                expr->getLoc());
    if (!q || !r)
      return error();
    return TypedValue{TupleOp::create(b, l, mlir::ValueRange{q.value, r.value}),
                      Type::tuple({q.type, r.type}),
                      {}};
  }
  if (name == "round") {
    if (!arity(1, 2))
      return error();
    TypedValue x = emitExpr(args[0]);
    if (!x)
      return error();
    if (args.size() == 1) {
      if (x.type.isInteger() || x.type.isBool())
        return convert(x, x.type.isBool() ? Type::integer() : x.type,
                       expr->getRange());
      if (!x.type.isFloat()) {
        diag.error(args[0]->getRange(),
                   "round() needs a number, not " + x.type.str());
        return error();
      }
      TypedValue f = convert(x, Type::floating(), expr->getRange());
      return TypedValue{
          RoundOp::create(b, l, b.getI64Type(), f.value, mlir::Value()),
          Type::integer(),
          {}};
    }
    TypedValue n = emitExpr(args[1]);
    if (!n)
      return error();
    if (!x.type.isFloat()) {
      diag.error(args[0]->getRange(),
                 "round(x, ndigits) is supported for floats only, not " +
                     x.type.str());
      return error();
    }
    if (!n.type.isInteger()) {
      diag.error(args[1]->getRange(), "ndigits must be an integer");
      return error();
    }
    TypedValue f = convert(x, Type::floating(), expr->getRange());
    TypedValue nd = convert(n, Type::integer(), args[1]->getRange());
    return TypedValue{RoundOp::create(b, l, b.getF64Type(), f.value, nd.value),
                      Type::floating(),
                      {}};
  }
  if (name == "range") {
    diag.error(expr->getRange(),
               "range() is only supported as the iterable of a for loop");
    return error();
  }
  diag.error(expr->getFunc()->getRange(),
             "name '" + name +
                 "' is not defined (or is not supported by "
                 "PyIR)");
  return error();
}

TypedValue FunctionGen::emitMinMax(const ast::CallExpr *expr, bool isMax) {
  llvm::StringRef name = isMax ? "max" : "min";
  if (!expr->getKeywords().empty() || expr->getArgs().size() < 2) {
    diag.error(expr->getRange(),
               name + "() takes two or more positional arguments here");
    return error();
  }
  llvm::SmallVector<TypedValue> values;
  for (const ast::Expr *arg : expr->getArgs()) {
    values.push_back(emitOperand(arg));
    if (!values.back())
      return error();
  }
  // The result is one of the arguments, so they need one type (integer
  // literals take a fixed-width type).
  Type type;
  for (const TypedValue &v : values)
    if (!v.literal) {
      type = v.type;
      break;
    }
  if (type.isError())
    type = Type::integer();
  for (auto [i, v] : llvm::enumerate(values)) {
    bool ok = v.type == type || (v.literal && type.isInteger() &&
                                 Sema::isAssignable(type, v.type, v.literal));
    if (!ok || !type.isNumeric()) {
      diag.error(expr->getArgs()[i]->getRange(),
                 "arguments of " + name +
                     "() must have one numeric type "
                     "here (" +
                     type.str() + " and " + v.type.str() +
                     "): the result is one of them; convert explicitly");
      return error();
    }
  }
  mlir::Location l = m.loc(expr->getLoc());
  // CPython keeps the first of equal values and skips NaN comparisons:
  // the result changes only when the new value compares strictly better.
  mlir::Value best = convert(values[0], type, expr->getRange()).value;
  for (size_t i = 1; i < values.size(); ++i) {
    mlir::Value next = convert(values[i], type, expr->getRange()).value;
    mlir::Value better = CmpOp::create(
        b, l, isMax ? CmpPredicate::gt : CmpPredicate::lt, next, best);
    best = arith::SelectOp::create(b, l, better, next, best);
  }
  return TypedValue{best, type, {}};
}

TypedValue FunctionGen::emitMathCall(const ast::CallExpr *expr,
                                     llvm::StringRef name) {
  mlir::Location l = m.loc(expr->getLoc());
  std::optional<UnaryMathFn> unary = symbolizeUnaryMathFn(name);
  std::optional<BinaryMathFn> binary = symbolizeBinaryMathFn(name);
  if (name == "log" && expr->getArgs().size() == 1)
    binary.reset();
  else if (name == "log")
    unary.reset();
  if (!unary && !binary) {
    diag.error(expr->getFunc()->getRange(),
               "math." + name + " is not supported by PyIR");
    return error();
  }
  size_t arity = unary ? 1 : 2;
  if (!expr->getKeywords().empty() || expr->getArgs().size() != arity) {
    diag.error(expr->getRange(), "math." + name + "() takes " +
                                     std::to_string(arity) +
                                     " argument(s) here");
    return error();
  }
  llvm::SmallVector<TypedValue, 2> args;
  for (const ast::Expr *arg : expr->getArgs()) {
    TypedValue v = emitExpr(arg);
    if (!v)
      return error();
    if (!v.type.isScalar()) {
      diag.error(arg->getRange(),
                 "math." + name + "() needs a number, not " + v.type.str());
      return error();
    }
    args.push_back(v);
  }
  if (unary) {
    // floor/ceil/trunc of an integer return it unchanged.
    bool toInt = *unary == UnaryMathFn::floor || *unary == UnaryMathFn::ceil ||
                 *unary == UnaryMathFn::trunc;
    if (toInt && (args[0].type.isInteger() || args[0].type.isBool()))
      return convert(args[0], Type::integer(), expr->getRange());
    TypedValue x = convert(args[0], Type::floating(), expr->getRange(), false);
    Type result =
        toInt ? Type::integer()
        : (*unary == UnaryMathFn::isnan || *unary == UnaryMathFn::isinf ||
           *unary == UnaryMathFn::isfinite)
            ? Type::boolean()
            : Type::floating();
    return TypedValue{
        MathUnaryOp::create(b, l, m.toMLIR(result), *unary, x.value),
        result,
        {}};
  }
  TypedValue x = convert(args[0], Type::floating(), expr->getRange(), false);
  TypedValue y = convert(args[1], Type::floating(), expr->getRange(), false);
  return TypedValue{MathBinaryOp::create(b, l, *binary, x.value, y.value),
                    Type::floating(),
                    {}};
}

//===----------------------------------------------------------------------===//
// Conversions
//===----------------------------------------------------------------------===//

mlir::Value FunctionGen::castScalar(mlir::Value value, const Type &from,
                                    const Type &to, mlir::Location loc,
                                    bool wrapInts) {
  mlir::Type target = m.toMLIR(to);
  OverflowModeAttr mode;
  if (to.isInteger()) {
    // Conversions that cannot fail use `wrap` (exact here); only a u64 into
    // int, and float into an integer, can raise.
    bool mayOverflow =
        from.isFloat() || (to.isInt() && from.is(ScalarKind::U64));
    mode = OverflowModeAttr::get(&m.context, (mayOverflow && !wrapInts)
                                                 ? OverflowMode::checked
                                                 : OverflowMode::wrap);
    if (from.isFloat() && !wrapInts)
      mode = OverflowModeAttr::get(&m.context, OverflowMode::checked);
  }
  return CastOp::create(b, loc, target, mode, value);
}

TypedValue FunctionGen::convert(TypedValue value, const Type &to, SMRange range,
                                bool implicit) {
  if (!value || to.isError())
    return error();
  // A tuple expression converts element by element (its literals take the
  // element types).
  if (!value.elements.empty() && to.isTuple() &&
      to.getElements().size() == value.elements.size() &&
      (value.type != to || llvm::any_of(value.elements, isWideLiteral))) {
    if (implicit && !isAssignable(to, value)) {
      diag.error(range, "cannot convert " + value.type.str() + " to " +
                            to.str() + " implicitly");
      return error();
    }
    llvm::SmallVector<mlir::Value> converted;
    for (auto [element, type] :
         llvm::zip_equal(value.elements, to.getElements())) {
      TypedValue c = convert(element, type, range, implicit);
      if (!c)
        return error();
      converted.push_back(c.value);
    }
    return TypedValue{
        TupleOp::create(b, m.loc(range.Start), converted), to, {}};
  }
  // A literal beyond `int` is a value only in a fixed-width type it fits
  // (callers check that it fits, or wrap it for an explicit `u64(...)`).
  if (isWideLiteral(value) && !to.isFixedInteger()) {
    diag.error(value.literalRange, kLiteralDoesNotFitInt);
    return error();
  }
  if (value.type == to)
    return value;
  mlir::Location l = m.loc(range.Start);
  if (implicit && !isAssignable(to, value)) {
    diag.error(range, "cannot convert " + value.type.str() + " to " + to.str() +
                          " implicitly");
    return error();
  }
  if (!value.type.isScalar() || !to.isScalar()) {
    diag.error(range, "cannot convert " + value.type.str() + " to " + to.str());
    return error();
  }
  // An integer literal becomes a constant of the target type (it fits: the
  // callers checked).
  if (value.literal && to.isInteger()) {
    APInt v = value.literal->sextOrTrunc(getBitWidth(to.getScalarKind()));
    return TypedValue{
        ConstantOp::create(b, l, b.getIntegerAttr(m.toMLIR(to), v)), to, {}};
  }
  if (value.literal && to.isFloat())
    return TypedValue{
        ConstantOp::create(
            b, l,
            b.getFloatAttr(m.toMLIR(to),
                           double(value.literal->trunc(64).getSExtValue()))),
        to,
        {}};
  // Explicit conversions to a fixed width (`u8(x)`) wrap; `int(x)` checks.
  bool wrapInts = to.isFixedInteger();
  return TypedValue{
      castScalar(value.value, value.type, to, l, wrapInts), to, {}};
}

bool FunctionGen::isAssignable(const Type &to, const TypedValue &value) {
  if (value.elements.empty() || !to.isTuple() ||
      to.getElements().size() != value.elements.size())
    return Sema::isAssignable(to, value.type, value.literal);
  for (auto [element, type] : llvm::zip_equal(value.elements, to.getElements()))
    if (!isAssignable(type, element))
      return false;
  return true;
}

//===----------------------------------------------------------------------===//
// Entry points
//===----------------------------------------------------------------------===//

mlir::OwningOpRef<mlir::ModuleOp>
pyir::frontend::generateIR(const ast::Module &module, const ModuleInfo &info,
                           Sema &sema, llvm::SourceMgr &sourceMgr,
                           mlir::MLIRContext &context) {
  context.loadDialect<PyIRDialect, mlir::arith::ArithDialect,
                      mlir::cf::ControlFlowDialect, mlir::func::FuncDialect>();
  return ModuleGen(module, info, sema, sourceMgr, context).generate();
}

mlir::OwningOpRef<mlir::ModuleOp>
pyir::frontend::compileToPyIR(llvm::SourceMgr &sourceMgr, unsigned bufferID,
                              mlir::MLIRContext &context,
                              DiagnosticEngine &diag) {
  ast::ASTContext astContext;
  ast::Module *module = parseModule(sourceMgr, bufferID, astContext, diag);
  if (!module || diag.hadError())
    return nullptr;
  Sema sema(diag);
  ModuleInfo info;
  bool ok = sema.analyzeModule(*module, info);
  // Generate even after declaration errors, to report body errors too.
  mlir::OwningOpRef<mlir::ModuleOp> result =
      generateIR(*module, info, sema, sourceMgr, context);
  if (!ok || !result || diag.hadError())
    return nullptr;
  // The generated IR must verify; a failure here is a compiler bug.
  mlir::ScopedDiagnosticHandler handler(&context, [&](mlir::Diagnostic &d) {
    diag.error(SMLoc(),
               "internal error: generated IR does not verify: " + d.str());
    return mlir::success();
  });
  if (mlir::failed(mlir::verify(*result)))
    return nullptr;
  return result;
}
