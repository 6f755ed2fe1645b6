//===- IRGenCall.cpp - Calls to pyir dialect --------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// IR generation for the calls Sema resolved: calls of the module's functions
// (arguments bound to parameters, defaults filled in), and the builtins and
// `math` functions that stay calls (`len`, `bool`, `abs`, `min`, `max`,
// `round`, `math.sqrt`, ...). Calls that are operations (`pow`, `int(x)`,
// `u8(x)`, ...) were replaced by them in Sema.
//
//===----------------------------------------------------------------------===//

#include "IRGenInternal.h"

using namespace pyir;
using namespace pyir::frontend;
using namespace pyir::frontend::detail;

mlir::Value FunctionGen::emitCall(const ast::CallExpr *expr) {
  switch (expr->getCallee()) {
  case ast::CallExpr::Callee::Function:
    return emitModuleCall(expr);
  case ast::CallExpr::Callee::Builtin:
    return emitBuiltinCall(expr);
  case ast::CallExpr::Callee::Unresolved:
    break;
  }
  llvm_unreachable("Sema resolves every call it accepts");
}

mlir::Value FunctionGen::emitModuleCall(const ast::CallExpr *expr) {
  // Arguments are evaluated in source order, then converted to their
  // parameters' types.
  llvm::SmallVector<const ast::Expr *> args;
  for (const ast::CallExpr::ResolvedArg &arg : expr->getResolvedArgs())
    args.push_back(arg.value);
  llvm::SmallVector<mlir::Value> values = emitOperands(args);
  llvm::SmallVector<mlir::Value> operands(values.size());
  for (auto [arg, value] : llvm::zip_equal(expr->getResolvedArgs(), values))
    operands[arg.param] = value;
  auto call = mlir::func::CallOp::create(
      b, m.loc(expr->getLoc()), m.funcs[expr->getCalleeIndex()], operands);
  if (call.getNumResults() == 0)
    return {};
  return call.getResult(0);
}

mlir::Value FunctionGen::emitBuiltinCall(const ast::CallExpr *expr) {
  mlir::Location l = m.loc(expr->getLoc());
  auto id = BuiltinID(expr->getCalleeIndex());
  llvm::SmallVector<const ast::Expr *, 2> args;
  for (const ast::CallExpr::ResolvedArg &arg : expr->getResolvedArgs())
    args.push_back(arg.value);
  switch (id) {
  case BI_len:
    return DimOp::create(b, l, emitExpr(args[0]), 0);
  case BI_bool:
    return truth(args[0], emitExpr(args[0]), l);
  case BI_abs: {
    const Type &type = expr->getType();
    return AbsOp::create(b, l, type.isInteger() ? overflowFor(type) : nullptr,
                         emitExpr(args[0]));
  }
  case BI_min:
  case BI_max:
    return emitMinMax(expr, id == BI_max);
  case BI_round: {
    llvm::SmallVector<mlir::Value> operands = emitOperands(args);
    if (args.size() == 1)
      return RoundOp::create(b, l, b.getI64Type(), operands[0], mlir::Value());
    return RoundOp::create(b, l, b.getF64Type(), operands[0], operands[1]);
  }
  default:
    break;
  }
  const BuiltinInfo &info = getBuiltinInfo(id);
  assert(info.kind == BuiltinKind::MathFunction &&
         "the other builtins are operations Sema replaced");
  llvm::SmallVector<mlir::Value> operands = emitOperands(args);
  if (operands.size() == 1) {
    std::optional<UnaryMathFn> unary = symbolizeUnaryMathFn(info.name);
    assert(unary && "a one-argument math function without its UnaryMathFn");
    return MathUnaryOp::create(b, l, m.toMLIR(expr->getType()), *unary,
                               operands[0]);
  }
  std::optional<BinaryMathFn> binary = symbolizeBinaryMathFn(info.name);
  assert(binary && "a two-argument math function without its BinaryMathFn");
  return MathBinaryOp::create(b, l, *binary, operands[0], operands[1]);
}

mlir::Value FunctionGen::emitMinMax(const ast::CallExpr *expr, bool isMax) {
  llvm::SmallVector<const ast::Expr *> args;
  for (const ast::CallExpr::ResolvedArg &arg : expr->getResolvedArgs())
    args.push_back(arg.value);
  llvm::SmallVector<mlir::Value> operands = emitOperands(args);
  mlir::Location l = m.loc(expr->getLoc());
  // CPython keeps the first of equal values and skips NaN comparisons:
  // the result changes only when the new value compares strictly better.
  mlir::Value best = operands[0];
  for (mlir::Value next : llvm::drop_begin(operands)) {
    mlir::Value better = CmpOp::create(
        b, l, isMax ? CmpPredicate::gt : CmpPredicate::lt, next, best);
    best = arith::SelectOp::create(b, l, better, next, best);
  }
  return best;
}
