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
  case ast::CallExpr::Callee::Imported:
    return emitModuleCall(expr);
  case ast::CallExpr::Callee::Builtin:
    return emitBuiltinCall(expr);
  case ast::CallExpr::Callee::Alloc:
    return emitAllocCall(expr);
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
  mlir::func::FuncOp callee =
      expr->getCallee() == ast::CallExpr::Callee::Imported
          ? m.importedFuncs[expr->getCalleeIndex()]
          : m.funcs[expr->getCalleeIndex()];
  auto call =
      mlir::func::CallOp::create(b, m.loc(expr->getLoc()), callee, operands);
  if (call.getNumResults() == 0)
    return {};
  return call.getResult(0);
}

/// `pyir.empty/zeros(shape, T)`: the extents, then the allocation;
/// `pyir.empty_like(v)`: the extents of `v`.
mlir::Value FunctionGen::emitAllocCall(const ast::CallExpr *expr) {
  mlir::Location l = m.loc(expr->getLoc());
  llvm::SmallVector<const ast::Expr *, 4> args;
  for (const ast::CallExpr::ResolvedArg &arg : expr->getResolvedArgs())
    args.push_back(arg.value);
  llvm::SmallVector<mlir::Value, 4> extents;
  if (expr->getCalleeIndex() == ast::CallExpr::AllocEmptyLike) {
    mlir::Value view = emitExpr(args[0]);
    for (unsigned axis = 0; axis < expr->getType().getRank(); ++axis)
      extents.push_back(DimOp::create(b, l, view, axis));
  } else {
    extents = emitOperands(args);
  }
  return AllocOp::create(b, l, m.toMLIR(expr->getType()), extents,
                         expr->getCalleeIndex() == ast::CallExpr::AllocZeros);
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
  return emitMathCall(expr, id);
}

mlir::Value FunctionGen::emitMathCall(const ast::CallExpr *expr, BuiltinID id) {
  mlir::Location l = m.loc(expr->getLoc());
  const BuiltinInfo &info = getBuiltinInfo(id);
  assert(info.kind == BuiltinKind::MathFunction &&
         "the other builtins are operations Sema replaced");
  // Arguments in source order, then in parameter order (isclose's
  // keywords).
  llvm::SmallVector<const ast::Expr *> args;
  for (const ast::CallExpr::ResolvedArg &arg : expr->getResolvedArgs())
    args.push_back(arg.value);
  llvm::SmallVector<mlir::Value> values = emitOperands(args);
  llvm::SmallVector<mlir::Value> operands(values.size());
  for (auto [arg, value] : llvm::zip_equal(expr->getResolvedArgs(), values)) {
    if (operands.size() <= arg.param)
      operands.resize(arg.param + 1);
    operands[arg.param] = value;
  }
  auto unary = [&](UnaryMathFn fn, mlir::Type type, mlir::Value x) {
    return MathUnaryOp::create(b, l, type, fn, x);
  };
  mlir::Type f64 = b.getF64Type(), i64 = b.getI64Type();
  switch (id) {
  case BI_math_frexp:
    return TupleOp::create(
        b, l,
        mlir::ValueRange{unary(UnaryMathFn::frexp_mantissa, f64, operands[0]),
                         unary(UnaryMathFn::frexp_exponent, i64, operands[0])});
  case BI_math_modf:
    return TupleOp::create(
        b, l,
        mlir::ValueRange{unary(UnaryMathFn::modf_fraction, f64, operands[0]),
                         unary(UnaryMathFn::modf_integer, f64, operands[0])});
  case BI_math_perm:
    // perm(n) is factorial(n), errors included.
    if (operands.size() == 1)
      return unary(UnaryMathFn::factorial, i64, operands[0]);
    break;
  case BI_math_gcd:
  case BI_math_lcm: {
    // gcd() == 0, lcm() == 1, gcd(a) == lcm(a) == abs(a); more arguments
    // fold left to right, as CPython does.
    if (operands.empty())
      return ConstantOp::create(b, l,
                                b.getI64IntegerAttr(id == BI_math_gcd ? 0 : 1));
    // (Checked even with overflowcheck=False, like the binary op.)
    if (operands.size() == 1)
      return AbsOp::create(
          b, l, OverflowModeAttr::get(b.getContext(), OverflowMode::checked),
          operands[0]);
    BinaryMathFn fn = id == BI_math_gcd ? BinaryMathFn::gcd : BinaryMathFn::lcm;
    mlir::Value result = operands[0];
    for (mlir::Value next : llvm::drop_begin(operands))
      result = MathBinaryOp::create(b, l, fn, result, next);
    return result;
  }
  case BI_math_isclose: {
    // The keyword-only tolerances default to rel_tol=1e-09, abs_tol=0.0.
    operands.resize(4);
    const double defaults[] = {1e-09, 0.0};
    for (unsigned i = 0; i < 2; ++i)
      if (!operands[2 + i])
        operands[2 + i] =
            ConstantOp::create(b, l, b.getF64FloatAttr(defaults[i]));
    return MathIsCloseOp::create(b, l, operands[0], operands[1], operands[2],
                                 operands[3]);
  }
  default:
    break;
  }
  if (operands.size() == 1) {
    std::optional<UnaryMathFn> fn = symbolizeUnaryMathFn(info.name);
    assert(fn && "a one-argument math function without its UnaryMathFn");
    return unary(*fn, m.toMLIR(expr->getType()), operands[0]);
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
