//===- SemaInternal.h - Shared by the Sema body files -----------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// The checker of a function body, shared by the files that implement it by
// construct: statements and loops (SemaStmt.cpp), expressions and conversions
// (SemaExpr.cpp), calls (SemaCall.cpp). It reports every error of a body and
// leaves a typed tree behind (see AST.h, "Typing"), which IR generation
// lowers without checking anything again. Not installed.
//
//===----------------------------------------------------------------------===//

#ifndef PYIR_FRONTEND_LIB_SEMA_SEMAINTERNAL_H
#define PYIR_FRONTEND_LIB_SEMA_SEMAINTERNAL_H

#include "pyir/Frontend/AST.h"
#include "pyir/Frontend/Builtins.h"
#include "pyir/Frontend/Diagnostics.h"
#include "pyir/Frontend/Sema.h"

#include "llvm/ADT/StringMap.h"

namespace pyir {
namespace frontend {
namespace detail {

using llvm::APInt;
using llvm::dyn_cast;
using llvm::isa;
using llvm::SMLoc;
using llvm::SMRange;

/// A checked expression: the node that computes its value (after Sema's
/// rewrites) and its type. `expr` is null after an error.
struct Typed {
  ast::Expr *expr = nullptr;
  Type type;
  /// The value of an integer literal (possibly negated), which may still
  /// take the type of a fixed-width operand. Such a literal may lie outside
  /// `int` (`x ^ 0x9E3779B97F4A7C15` with `x: u64`); `convert` gives it its
  /// type, and only then is it a value.
  std::optional<APInt> literal;
  /// Where the literal is written, for errors about it.
  SMRange literalRange = SMRange();
  /// The elements of a tuple written as a tuple expression, so that its
  /// integer literals may take the element types they are assigned to
  /// (`return x, 0` for `-> tuple[u8, u8]`).
  std::vector<Typed> elements = {};

  explicit operator bool() const { return expr != nullptr; }
};

/// Checks the body of one function.
class FunctionChecker {
public:
  FunctionChecker(Sema &sema, const ModuleInfo &info, const FunctionInfo &fn,
                  ast::FunctionDefStmt *def, ast::ASTContext &context)
      : sema(sema), info(info), fn(fn), def(def), context(context),
        diag(sema.getDiagnostics()) {}

  /// Reports the errors of the body; returns whether there were none.
  bool check();

private:
  //===--------------------------------------------------------------------===//
  // Variables
  //===--------------------------------------------------------------------===//

  ast::VarDecl *lookupVar(llvm::StringRef name) const {
    return vars.lookup(name);
  }
  ast::VarDecl *declareVar(llvm::StringRef name, const Type &type, SMLoc loc) {
    ast::VarDecl *decl = context.createVar(name.str(), type, loc);
    vars[name] = decl;
    return decl;
  }
  /// The variable `target` names, to be assigned `value`: declared on first
  /// assignment (with `declared` as its type when annotated), else checked
  /// to take the value. Null after an error.
  ast::VarDecl *assignTarget(ast::NameExpr *target, const Typed &value,
                             std::optional<Type> declared = std::nullopt);
  /// Assigns `value` to the variable `target` names, declaring it on first
  /// assignment (with `declared` as its type when annotated). Returns the
  /// value converted to the variable's type, or null after an error.
  ast::Expr *assignVar(ast::NameExpr *target, Typed value,
                       std::optional<Type> declared = std::nullopt);

  //===--------------------------------------------------------------------===//
  // Statements (SemaStmt.cpp)
  //===--------------------------------------------------------------------===//

  void checkBlock(llvm::ArrayRef<ast::Stmt *> body);
  void checkStmt(ast::Stmt *stmt);
  void checkAssign(ast::AssignStmt *stmt);
  void checkAssignTo(ast::Expr *target, const Typed &value, SMRange range,
                     std::vector<ast::Binding> &bindings);
  void checkAnnAssign(ast::AnnAssignStmt *stmt);
  void checkAugAssign(ast::AugAssignStmt *stmt);
  void checkReturn(ast::ReturnStmt *stmt);
  void checkIf(ast::IfStmt *stmt);
  void checkWhile(ast::WhileStmt *stmt);
  void checkFor(ast::ForStmt *stmt);
  void checkForRange(ast::ForStmt *stmt, ast::CallExpr *range);
  void checkForView(ast::ForStmt *stmt, const Typed &view);
  /// The loop variable takes values of type `type`.
  void checkLoopTarget(ast::ForStmt *stmt, const Type &type);
  void checkLoopBody(ast::ForStmt *stmt);
  void checkRaise(ast::RaiseStmt *stmt);
  void checkAssert(ast::AssertStmt *stmt);

  //===--------------------------------------------------------------------===//
  // Expressions (SemaExpr.cpp)
  //===--------------------------------------------------------------------===//

  /// An expression whose value must be representable in its type: an
  /// integer literal must fit `int`.
  Typed checkExpr(ast::Expr *expr);
  /// An expression in a place where an integer literal may take the type of
  /// the other side (operands, assigned, stored, returned values and
  /// arguments), which all go through `convert`: there a literal beyond
  /// `int` must fit its fixed-width type.
  Typed checkOperand(ast::Expr *expr);
  /// An integer literal (possibly negated) as an `int` operand.
  Typed intLiteral(ast::Expr *expr, const APInt &value);
  Typed checkName(ast::NameExpr *expr);
  /// In a mixed module, reports a use of a top-level def or class that stays
  /// Python (MixedModule.h) and returns true.
  bool reportPythonDefinition(const ast::NameExpr &expr);
  Typed constant(const ConstValue &c, SMRange range);
  Typed checkUnary(ast::UnaryOpExpr *expr);
  Typed checkBinary(ast::BinOpExpr *expr);
  /// `lhs op rhs`: into `node` when it is the source's operation, else into
  /// a new node (augmented assignment, `pow`, `divmod`).
  Typed checkBinaryOp(ast::BinOpKind op, Typed lhs, Typed rhs, SMRange range,
                      SMLoc opLoc, ast::BinOpExpr *node = nullptr);
  Typed checkCompare(ast::CompareExpr *expr);
  /// The operands of one comparison, converted; false after an error.
  bool checkCmp(Typed &lhs, Typed &rhs);
  Typed checkBoolOp(ast::BoolOpExpr *expr);
  Typed checkIfExp(ast::IfExpExpr *expr);
  Typed checkAttribute(ast::AttributeExpr *expr);
  Typed checkSubscript(ast::SubscriptExpr *expr);
  Typed checkTuple(ast::TupleExpr *expr);
  /// Checks `view[indices]` and records the view and its `int` indices in
  /// `expr`; the view, or an error.
  Typed checkIndices(ast::SubscriptExpr *expr);
  Typed checkIndicesOf(ast::SubscriptExpr *expr, Typed view);
  Typed checkSlicing(ast::SubscriptExpr *expr, Typed view);
  /// A condition (Python's truthiness, `and`/`or`/`not` short-circuit):
  /// the checked expression, or null after an error.
  ast::Expr *checkCondition(ast::Expr *expr);

  /// Converts to `to`: a value-preserving widening, or the conversion an
  /// explicit call asked for. Reports at `range` when not assignable and
  /// `implicit` is set.
  Typed convert(Typed value, const Type &to, SMRange range,
                bool implicit = true);
  /// Whether `value` may be assigned to `to` implicitly (Sema's rule, per
  /// element for a tuple expression).
  static bool isAssignable(const Type &to, const Typed &value);

  //===--------------------------------------------------------------------===//
  // Calls (SemaCall.cpp)
  //===--------------------------------------------------------------------===//

  Typed checkCall(ast::CallExpr *expr);
  Typed checkModuleCall(ast::CallExpr *expr, const ModuleInfo &owner,
                        unsigned index);
  /// A call of a global naming a function of this module or an imported
  /// one (GlobalName::Kind::Function or Imported).
  Typed checkFunctionCall(ast::CallExpr *expr, const GlobalName &g);
  /// Whether the call has the number of arguments `info` takes (an error
  /// if not).
  bool checkBuiltinArity(const ast::CallExpr *expr, const BuiltinInfo &info);
  Typed checkBuiltinCall(ast::CallExpr *expr, llvm::StringRef name);
  Typed checkMathCall(ast::CallExpr *expr, llvm::StringRef name);
  Typed checkConversionCall(ast::CallExpr *expr, ScalarKind kind);
  /// `pyir.empty(shape, T)`, `pyir.zeros(shape, T)`, `pyir.empty_like(v)`.
  Typed checkAllocCall(ast::CallExpr *expr, unsigned kind);
  Typed checkMinMax(ast::CallExpr *expr, BuiltinID id);
  /// `value`, the conversion an explicit call (`int(x)`, `u8(x)`) asked
  /// for, marked as such.
  static Typed explicitConversion(Typed value);
  /// The call resolved to builtin `id` with `args`, of type `type`.
  Typed builtinCall(ast::CallExpr *expr, BuiltinID id,
                    llvm::ArrayRef<ast::Expr *> args, const Type &type);

  Typed error() { return Typed{nullptr, Type::error(), {}}; }
  /// An error reported elsewhere (a callee's signature): the body cannot
  /// be generated although it has no error of its own.
  Typed errorReportedElsewhere() {
    reportedElsewhere = true;
    return error();
  }
  Typed typed(ast::Expr *expr, const Type &type) {
    expr->setType(type);
    return Typed{expr, type, {}};
  }

  Sema &sema;
  const ModuleInfo &info;
  const FunctionInfo &fn;
  ast::FunctionDefStmt *def;
  ast::ASTContext &context;
  DiagnosticEngine &diag;

  llvm::StringMap<ast::VarDecl *> vars;
  /// How many loops enclose the statement being checked.
  unsigned loopDepth = 0;
  bool reportedElsewhere = false;
};

} // namespace detail
} // namespace frontend
} // namespace pyir

#endif // PYIR_FRONTEND_LIB_SEMA_SEMAINTERNAL_H
