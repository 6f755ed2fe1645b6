//===- IRGenCall.cpp - Calls to pyir dialect --------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// IR generation for calls: calls of the module's functions, the pyir
// conversions (`u8(x)`, `pyir.f32(x)`, ...), the builtins (`len`, `int`,
// `abs`, `min`, `max`, `divmod`, `round`, ...) and the `math` functions.
// Which builtins and math functions there are, and their arity, is
// Builtins.def; the calls switch on their BuiltinID.
//
//===----------------------------------------------------------------------===//

#include "IRGenInternal.h"

using namespace pyir;
using namespace pyir::frontend;
using namespace pyir::frontend::detail;

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

bool FunctionGen::checkBuiltinArity(const ast::CallExpr *expr,
                                    const BuiltinInfo &info) {
  size_t n = expr->getArgs().size();
  if (expr->getKeywords().empty() && n >= info.minArgs && n <= info.maxArgs)
    return true;
  if (info.isVariadic()) {
    assert(info.minArgs == 2 && "the message says 'two or more'");
    diag.error(expr->getRange(),
               info.name + "() takes two or more positional arguments here");
    return false;
  }
  std::string count = std::to_string(info.minArgs);
  if (info.maxArgs != info.minArgs)
    count += " to " + std::to_string(info.maxArgs);
  diag.error(expr->getRange(),
             info.name + "() takes " + count + " positional argument(s) here");
  return false;
}

TypedValue FunctionGen::emitBuiltinCall(const ast::CallExpr *expr,
                                        llvm::StringRef name) {
  std::optional<BuiltinID> id = lookupBuiltin(name);
  if (!id) {
    diag.error(expr->getFunc()->getRange(),
               "name '" + name +
                   "' is not defined (or is not supported by "
                   "PyIR)");
    return error();
  }
  const BuiltinInfo &info = getBuiltinInfo(*id);
  if (info.kind == BuiltinKind::ForRange) {
    diag.error(expr->getRange(),
               info.name +
                   "() is only supported as the iterable of a for loop");
    return error();
  }
  if (!checkBuiltinArity(expr, info))
    return error();
  mlir::Location l = m.loc(expr->getLoc());
  auto args = expr->getArgs();
  switch (*id) {
  case BI_len: {
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
  case BI_int:
  case BI_float:
  case BI_bool: {
    TypedValue v = emitExpr(args[0]);
    if (!v)
      return error();
    if (!v.type.isScalar()) {
      diag.error(args[0]->getRange(),
                 info.name + "() needs a number, not " + v.type.str());
      return error();
    }
    if (*id == BI_bool)
      return TypedValue{truth(v, l), Type::boolean(), {}};
    Type to = *id == BI_int ? Type::integer() : Type::floating();
    return convert(v, to, expr->getRange(), /*implicit=*/false);
  }
  case BI_abs: {
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
  case BI_min:
  case BI_max:
    return emitMinMax(expr, *id);
  case BI_pow: {
    TypedValue x = emitOperand(args[0]);
    TypedValue y = emitOperand(args[1]);
    if (!x || !y)
      return error();
    return emitBinaryOp(ast::BinOpKind::Pow, x, y, expr->getRange(),
                        expr->getLoc());
  }
  case BI_divmod: {
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
  case BI_round: {
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
  default:
    llvm_unreachable("a BUILTIN row of Builtins.def without its case here");
  }
}

TypedValue FunctionGen::emitMinMax(const ast::CallExpr *expr, BuiltinID id) {
  llvm::StringRef name = getBuiltinInfo(id).name;
  bool isMax = id == BI_max;
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

/// The type of `fn`(x) for a float x.
static Type unaryMathResult(BuiltinID fn) {
  switch (fn) {
  case BI_math_floor:
  case BI_math_ceil:
  case BI_math_trunc:
    return Type::integer();
  case BI_math_isnan:
  case BI_math_isinf:
  case BI_math_isfinite:
    return Type::boolean();
  default:
    return Type::floating();
  }
}

TypedValue FunctionGen::emitMathCall(const ast::CallExpr *expr,
                                     llvm::StringRef name) {
  mlir::Location l = m.loc(expr->getLoc());
  std::optional<BuiltinID> id = lookupMathMember(name);
  if (!id || getBuiltinInfo(*id).kind != BuiltinKind::MathFunction) {
    diag.error(expr->getFunc()->getRange(),
               "math." + name + " is not supported by PyIR");
    return error();
  }
  // A function that takes one or two arguments (log) is unary or binary as
  // called; a call with neither is checked against two.
  const BuiltinInfo &info = getBuiltinInfo(*id);
  size_t given = expr->getArgs().size();
  size_t arity =
      given >= info.minArgs && given <= info.maxArgs ? given : info.maxArgs;
  if (!expr->getKeywords().empty() || given != arity) {
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
  if (arity == 1) {
    std::optional<UnaryMathFn> unary = symbolizeUnaryMathFn(info.name);
    assert(unary && "a one-argument math function without its UnaryMathFn");
    // floor/ceil/trunc of an integer return it unchanged, of a bool its
    // int (math.floor(True) == 1: an explicit conversion).
    Type result = unaryMathResult(*id);
    if (result.isInt() && (args[0].type.isInteger() || args[0].type.isBool()))
      return convert(args[0], Type::integer(), expr->getRange(),
                     /*implicit=*/!args[0].type.isBool());
    TypedValue x = convert(args[0], Type::floating(), expr->getRange(), false);
    return TypedValue{
        MathUnaryOp::create(b, l, m.toMLIR(result), *unary, x.value),
        result,
        {}};
  }
  std::optional<BinaryMathFn> binary = symbolizeBinaryMathFn(info.name);
  assert(binary && "a two-argument math function without its BinaryMathFn");
  TypedValue x = convert(args[0], Type::floating(), expr->getRange(), false);
  TypedValue y = convert(args[1], Type::floating(), expr->getRange(), false);
  return TypedValue{MathBinaryOp::create(b, l, *binary, x.value, y.value),
                    Type::floating(),
                    {}};
}
