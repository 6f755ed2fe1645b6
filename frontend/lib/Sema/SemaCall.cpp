//===- SemaCall.cpp - Type checking of calls --------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// Sema for calls: calls of the module's functions (arguments bound to their
// parameters, defaults filled in), the pyir conversions (`u8(x)`,
// `pyir.f32(x)`, ...), the builtins (`len`, `int`, `abs`, `min`, `max`,
// `divmod`, `round`, ...) and the `math` functions. Which builtins and math
// functions there are, and their arity, is Builtins.def. A call that is an
// operation (`pow`, `divmod`, `int(x)`, `u8(x)`, `math.floor` of an int) is
// replaced by that operation; the others are resolved to their callee.
//
//===----------------------------------------------------------------------===//

#include "SemaInternal.h"

using namespace pyir;
using namespace pyir::frontend;
using namespace pyir::frontend::detail;

Typed FunctionChecker::checkCall(ast::CallExpr *expr) {
  const ast::Expr *callee = expr->getFunc();
  if (auto *name = dyn_cast<ast::NameExpr>(callee)) {
    llvm::StringRef n = name->getName();
    if (lookupVar(n)) {
      diag.error(callee->getRange(), "'" + n +
                                         "' is a variable, not a "
                                         "function");
      return error();
    }
    auto it = info.globals.find(n);
    if (it != info.globals.end()) {
      const GlobalName &g = it->second;
      switch (g.kind) {
      case GlobalName::Kind::Function: {
        Typed result = checkModuleCall(expr, g.index);
        if (result.type.isNone()) {
          diag.error(expr->getRange(), "'" + n +
                                           "' returns None; its "
                                           "result cannot be used");
          return error();
        }
        return result;
      }
      case GlobalName::Kind::MathMember:
        return checkMathCall(expr, g.member);
      case GlobalName::Kind::PyIRMember: {
        ScalarKind kind;
        if (lookupPyIRTypeName(g.member, kind))
          return checkConversionCall(expr, kind);
        break;
      }
      default:
        break;
      }
      diag.error(callee->getRange(), "'" + n + "' cannot be called here");
      return error();
    }
    return checkBuiltinCall(expr, n);
  }
  if (auto *attr = dyn_cast<ast::AttributeExpr>(callee)) {
    if (auto *base = dyn_cast<ast::NameExpr>(attr->getValue());
        base && !lookupVar(base->getName())) {
      auto it = info.globals.find(base->getName());
      if (it != info.globals.end()) {
        if (it->second.kind == GlobalName::Kind::MathModule)
          return checkMathCall(expr, attr->getAttr());
        ScalarKind kind;
        if (it->second.kind == GlobalName::Kind::PyIRModule &&
            lookupPyIRTypeName(attr->getAttr(), kind))
          return checkConversionCall(expr, kind);
      }
    }
  }
  diag.error(callee->getRange(),
             "PyIR calls functions of this module, builtins, math functions "
             "and pyir conversions only");
  return error();
}

Typed FunctionChecker::checkModuleCall(ast::CallExpr *expr, unsigned index) {
  const FunctionInfo &callee = info.functions[index];
  // A callee whose signature had errors was reported already.
  bool signatureOk = !callee.returnType.isError();
  for (const ParamInfo &p : callee.params)
    signatureOk &= !p.type.isError();
  if (!signatureOk)
    return errorReportedElsewhere();
  llvm::SmallVector<ast::Expr *> args(callee.params.size(), nullptr);
  if (expr->getArgs().size() > callee.params.size()) {
    diag.error(expr->getRange(), callee.name + "() takes " +
                                     std::to_string(callee.params.size()) +
                                     " positional argument(s) but " +
                                     std::to_string(expr->getArgs().size()) +
                                     " were given");
    return error();
  }
  // The parameter each argument binds, in source order: positional, then
  // keywords (the order they are evaluated in).
  std::vector<unsigned> order;
  for (size_t i = 0; i < expr->getArgs().size(); ++i) {
    args[i] = expr->getArgs()[i];
    order.push_back(i);
  }
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
    order.push_back(i);
  }
  std::vector<Typed> values(callee.params.size());
  for (unsigned i : order)
    values[i] = checkOperand(args[i]);
  std::vector<ast::Expr *> converted(callee.params.size(), nullptr);
  std::vector<ast::CallExpr::ResolvedArg> defaults;
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
      defaults.push_back(
          {constant(*p.defaultValue, SMRange(expr->getLoc(), expr->getLoc()))
               .expr,
           unsigned(i)});
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
      // A contiguous view passes where any view of its kind is taken.
      converted[i] = values[i].expr;
      if (values[i].type != p.type)
        converted[i] = typed(context.create<ast::ConvertExpr>(
                                 args[i]->getRange(), values[i].expr, p.type),
                             p.type)
                           .expr;
      continue;
    }
    if (!isAssignable(p.type, values[i])) {
      diag.error(args[i]->getRange(),
                 "argument '" + p.name + "' of " + callee.name + "() must be " +
                     p.type.str() + ", not " + values[i].type.str());
      ok = false;
      continue;
    }
    Typed c = convert(values[i], p.type, args[i]->getRange());
    if (!c) {
      ok = false;
      continue;
    }
    converted[i] = c.expr;
  }
  if (!ok)
    return error();
  std::vector<ast::CallExpr::ResolvedArg> resolved;
  for (unsigned i : order)
    resolved.push_back({converted[i], i});
  llvm::append_range(resolved, defaults);
  expr->resolve(ast::CallExpr::Callee::Function, index, std::move(resolved));
  return typed(expr, callee.returnType);
}

Typed FunctionChecker::checkConversionCall(ast::CallExpr *expr,
                                           ScalarKind kind) {
  if (expr->getArgs().size() != 1 || !expr->getKeywords().empty()) {
    diag.error(expr->getRange(),
               getName(kind) + "() takes exactly one argument");
    return error();
  }
  Typed v = checkOperand(expr->getArgs()[0]);
  if (!v)
    return error();
  if (!v.type.isScalar()) {
    diag.error(expr->getArgs()[0]->getRange(),
               getName(kind) + "() needs a number, not " + v.type.str());
    return error();
  }
  return explicitConversion(
      convert(v, Type::scalar(kind), expr->getRange(), /*implicit=*/false));
}

Typed FunctionChecker::explicitConversion(Typed value) {
  if (auto *convert = llvm::dyn_cast_or_null<ast::ConvertExpr>(value.expr))
    convert->setExplicit();
  return value;
}

bool FunctionChecker::checkBuiltinArity(const ast::CallExpr *expr,
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

Typed FunctionChecker::builtinCall(ast::CallExpr *expr, BuiltinID id,
                                   llvm::ArrayRef<ast::Expr *> args,
                                   const Type &type) {
  std::vector<ast::CallExpr::ResolvedArg> resolved;
  for (auto [i, arg] : llvm::enumerate(args))
    resolved.push_back({arg, unsigned(i)});
  expr->resolve(ast::CallExpr::Callee::Builtin, id, std::move(resolved));
  return typed(expr, type);
}

Typed FunctionChecker::checkBuiltinCall(ast::CallExpr *expr,
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
  auto args = expr->getArgs();
  switch (*id) {
  case BI_len: {
    Typed v = checkExpr(args[0]);
    if (!v)
      return error();
    if (!v.type.isView()) {
      diag.error(args[0]->getRange(),
                 "len() needs a view, not " + v.type.str());
      return error();
    }
    return builtinCall(expr, *id, {v.expr}, Type::integer());
  }
  case BI_int:
  case BI_float:
  case BI_bool: {
    Typed v = checkExpr(args[0]);
    if (!v)
      return error();
    if (!v.type.isScalar()) {
      diag.error(args[0]->getRange(),
                 info.name + "() needs a number, not " + v.type.str());
      return error();
    }
    if (*id == BI_bool)
      return builtinCall(expr, *id, {v.expr}, Type::boolean());
    Type to = *id == BI_int ? Type::integer() : Type::floating();
    return explicitConversion(
        convert(v, to, expr->getRange(), /*implicit=*/false));
  }
  case BI_abs: {
    Typed v = checkExpr(args[0]);
    if (!v)
      return error();
    if (v.type.isBool())
      v = convert(v, Type::integer(), args[0]->getRange());
    if (!v.type.isNumeric()) {
      diag.error(args[0]->getRange(),
                 "bad operand type for abs(): '" + v.type.str() + "'");
      return error();
    }
    return builtinCall(expr, *id, {v.expr}, v.type);
  }
  case BI_min:
  case BI_max:
    return checkMinMax(expr, *id);
  case BI_pow: {
    Typed x = checkOperand(args[0]);
    Typed y = checkOperand(args[1]);
    if (!x || !y)
      return error();
    return checkBinaryOp(ast::BinOpKind::Pow, x, y, expr->getRange(),
                         expr->getLoc());
  }
  case BI_divmod: {
    // x and y are evaluated once: both operations share their nodes.
    Typed x = checkOperand(args[0]);
    Typed y = checkOperand(args[1]);
    if (!x || !y)
      return error();
    Typed q = checkBinaryOp(ast::BinOpKind::FloorDiv, x, y, expr->getRange(),
                            expr->getLoc());
    Typed r = checkBinaryOp(ast::BinOpKind::Mod, x, y, expr->getRange(),
                            expr->getLoc());
    if (!q || !r)
      return error();
    return typed(
        context.create<ast::TupleExpr>(
            expr->getRange(), std::vector<ast::Expr *>{q.expr, r.expr}),
        Type::tuple({q.type, r.type}));
  }
  case BI_round: {
    Typed x = checkExpr(args[0]);
    if (!x)
      return error();
    if (args.size() == 1) {
      if (x.type.isInteger() || x.type.isBool())
        return explicitConversion(convert(
            x, x.type.isBool() ? Type::integer() : x.type, expr->getRange()));
      if (!x.type.isFloat()) {
        diag.error(args[0]->getRange(),
                   "round() needs a number, not " + x.type.str());
        return error();
      }
      Typed f = convert(x, Type::floating(), expr->getRange());
      return builtinCall(expr, *id, {f.expr}, Type::integer());
    }
    Typed n = checkExpr(args[1]);
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
    Typed f = convert(x, Type::floating(), expr->getRange());
    Typed nd = convert(n, Type::integer(), args[1]->getRange());
    if (!f || !nd)
      return error();
    return builtinCall(expr, *id, {f.expr, nd.expr}, Type::floating());
  }
  default:
    llvm_unreachable("a BUILTIN row of Builtins.def without its case here");
  }
}

Typed FunctionChecker::checkMinMax(ast::CallExpr *expr, BuiltinID id) {
  llvm::StringRef name = getBuiltinInfo(id).name;
  llvm::SmallVector<Typed> values;
  for (ast::Expr *arg : expr->getArgs()) {
    values.push_back(checkOperand(arg));
    if (!values.back())
      return error();
  }
  // The result is one of the arguments, so they need one type (integer
  // literals take a fixed-width type).
  Type type;
  for (const Typed &v : values)
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
  std::vector<ast::Expr *> args;
  bool ok = true;
  for (const Typed &v : values) {
    Typed c = convert(v, type, expr->getRange());
    ok &= bool(c);
    args.push_back(c.expr);
  }
  if (!ok)
    return error();
  return builtinCall(expr, id, args, type);
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

Typed FunctionChecker::checkMathCall(ast::CallExpr *expr,
                                     llvm::StringRef name) {
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
  llvm::SmallVector<Typed, 2> args;
  for (ast::Expr *arg : expr->getArgs()) {
    Typed v = checkExpr(arg);
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
    // floor/ceil/trunc of an integer return it unchanged, of a bool its
    // int (math.floor(True) == 1: an explicit conversion).
    Type result = unaryMathResult(*id);
    if (result.isInt() && (args[0].type.isInteger() || args[0].type.isBool()))
      return explicitConversion(convert(args[0], Type::integer(),
                                        expr->getRange(),
                                        /*implicit=*/!args[0].type.isBool()));
    Typed x = convert(args[0], Type::floating(), expr->getRange(), false);
    if (!x)
      return error();
    return builtinCall(expr, *id, {x.expr}, result);
  }
  Typed x = convert(args[0], Type::floating(), expr->getRange(), false);
  Typed y = convert(args[1], Type::floating(), expr->getRange(), false);
  if (!x || !y)
    return error();
  return builtinCall(expr, *id, {x.expr, y.expr}, Type::floating());
}
