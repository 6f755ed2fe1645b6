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
      diag.report(callee->getRange(), diag::err_call_of_variable, n);
      return error();
    }
    // Before the builtins: a Python `def abs` of a mixed module shadows abs.
    if (reportPythonDefinition(*name))
      return error();
    auto it = info.globals.find(n);
    if (it != info.globals.end()) {
      const GlobalName &g = it->second;
      switch (g.kind) {
      case GlobalName::Kind::Function:
      case GlobalName::Kind::Imported: {
        Typed result = checkFunctionCall(expr, g);
        if (result.type.isNone()) {
          diag.report(expr->getRange(), diag::err_none_result_used, n);
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
        if (std::optional<unsigned> alloc = lookupAllocName(g.member))
          return checkAllocCall(expr, *alloc);
        break;
      }
      case GlobalName::Kind::TypeVar:
        // `T(x)`: the conversion to the type T stands for here.
        if (std::optional<ScalarKind> kind =
                sema.getBoundType(g.index, info, callee->getRange()))
          return checkConversionCall(expr, *kind);
        return error();
      default:
        break;
      }
      diag.report(callee->getRange(), diag::err_not_callable_here, n);
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
        if (it->second.kind == GlobalName::Kind::PyIRModule)
          if (std::optional<unsigned> alloc = lookupAllocName(attr->getAttr()))
            return checkAllocCall(expr, *alloc);
      }
    }
  }
  diag.report(callee->getRange(), diag::err_unsupported_callee);
  return error();
}

Typed FunctionChecker::checkAllocCall(ast::CallExpr *expr, unsigned kind) {
  static const char *const names[] = {"empty", "zeros", "empty_like"};
  llvm::StringRef name = names[kind];
  bool like = kind == ast::CallExpr::AllocEmptyLike;
  if (!expr->getKeywords().empty()) {
    diag.report(expr->getKeywords().front().range, diag::err_alloc_keyword,
                name);
    return error();
  }
  size_t expected = like ? 1 : 2;
  if (expr->getArgs().size() != expected) {
    diag.report(expr->getRange(), diag::err_alloc_arg_count, name, expected,
                expr->getArgs().size());
    return error();
  }
  std::vector<ast::CallExpr::ResolvedArg> resolved;
  if (like) {
    Typed view = checkOperand(expr->getArgs()[0]);
    if (!view)
      return error();
    if (!view.type.isView()) {
      diag.report(expr->getArgs()[0]->getRange(), diag::err_alloc_like_arg,
                  view.type.str());
      return error();
    }
    resolved.push_back({view.expr, 0});
    expr->resolve(ast::CallExpr::Callee::Alloc, kind, std::move(resolved));
    return typed(expr, Type::view(view.type.getScalarKind(),
                                  view.type.getRank(), /*contiguous=*/true));
  }
  // The shape: an int, or a tuple display of 1 to 4 ints.
  ast::Expr *shape = expr->getArgs()[0];
  std::vector<ast::Expr *> extents{shape};
  if (auto *tuple = dyn_cast<ast::TupleExpr>(shape))
    extents.assign(tuple->getElts().begin(), tuple->getElts().end());
  // A view has 1 to 4 axes (ViewType::kMaxRank, as in annotations).
  if (extents.empty() || extents.size() > 4) {
    diag.report(shape->getRange(), diag::err_alloc_shape, name,
                "a tuple of " + std::to_string(extents.size()));
    return error();
  }
  bool ok = true;
  for (auto [axis, extent] : llvm::enumerate(extents)) {
    Typed value = checkOperand(extent);
    if (!value) {
      ok = false;
      continue;
    }
    if (!value.type.isInteger() && !value.type.isBool()) {
      diag.report(extent->getRange(), diag::err_alloc_shape, name,
                  value.type.str());
      ok = false;
      continue;
    }
    Typed converted = convert(value, Type::integer(), extent->getRange());
    if (!converted) {
      ok = false;
      continue;
    }
    resolved.push_back({converted.expr, unsigned(axis)});
  }
  // A pyir type (`f64` is the kind Float; the builtin `float` is not an
  // element type, as interpreted).
  ast::Expr *typeArg = expr->getArgs()[1];
  std::optional<ScalarKind> element = sema.resolveScalar(typeArg, info);
  auto *typeName = dyn_cast<ast::NameExpr>(typeArg);
  bool builtinName = typeName && !info.globals.count(typeName->getName());
  if (!element || builtinName || *element == ScalarKind::Int ||
      *element == ScalarKind::Bool) {
    diag.report(typeArg->getRange(), diag::err_alloc_element_type, name);
    return error();
  }
  if (!ok)
    return error();
  unsigned rank = resolved.size();
  expr->resolve(ast::CallExpr::Callee::Alloc, kind, std::move(resolved));
  return typed(expr, Type::view(*element, rank, /*contiguous=*/true));
}

/// Whether an argument of type `value` passes for parameter type `param`
/// (a view of the same element kind and rank, contiguous if required; a
/// scalar assignable to it).
static bool argumentFits(const Type &param, const Typed &value) {
  if (param.isView() || value.type.isView())
    return param.isView() && value.type.isView() &&
           value.type.getScalarKind() == param.getScalarKind() &&
           value.type.getRank() == param.getRank() &&
           (!param.isContiguous() || value.type.isContiguous());
  return Sema::isAssignable(param, value.type, value.literal);
}

Typed FunctionChecker::checkFunctionCall(ast::CallExpr *expr,
                                         const GlobalName &g) {
  if (g.kind == GlobalName::Kind::Function)
    return checkModuleCall(expr, info, g.index);
  const ModuleInfo &owner = info.imports[g.index]->info;
  return checkModuleCall(expr, owner, owner.globals.lookup(g.member).index);
}

Typed FunctionChecker::checkModuleCall(ast::CallExpr *expr,
                                       const ModuleInfo &owner,
                                       unsigned index) {
  const FunctionInfo *calleePtr = &owner.functions[index];
  const FunctionInfo &first = *calleePtr;
  // The specialisations of a generic callee, or the callee alone.
  llvm::ArrayRef<unsigned> candidates(index);
  if (first.generic >= 0)
    candidates = owner.generics[first.generic].specializations;
  // A callee whose signature had errors was reported already.
  for (unsigned c : candidates) {
    bool signatureOk = !owner.functions[c].returnType.isError();
    for (const ParamInfo &p : owner.functions[c].params)
      signatureOk &= !p.type.isError();
    if (!signatureOk)
      return errorReportedElsewhere();
  }
  llvm::SmallVector<ast::Expr *> args(first.params.size(), nullptr);
  if (expr->getArgs().size() > first.params.size()) {
    diag.report(expr->getRange(), diag::err_too_many_positional_args,
                first.pyName, first.params.size(), expr->getArgs().size());
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
        first.params, [&](const ParamInfo &p) { return p.name == kw.name; });
    if (it == first.params.end()) {
      diag.report(kw.range, diag::err_unexpected_keyword_arg, first.pyName,
                  kw.name);
      return error();
    }
    size_t i = it - first.params.begin();
    if (args[i]) {
      diag.report(kw.range, diag::err_multiple_values_for_arg, first.pyName,
                  kw.name);
      return error();
    }
    args[i] = kw.value;
    order.push_back(i);
  }
  std::vector<Typed> values(first.params.size());
  for (unsigned i : order)
    values[i] = checkOperand(args[i]);
  if (first.generic >= 0) {
    // The first specialisation every argument passes for (language.md §8).
    if (llvm::any_of(order, [&](unsigned i) { return !values[i]; }))
      return error();
    auto fits = [&](unsigned c) {
      return llvm::all_of(order, [&](unsigned i) {
        return argumentFits(owner.functions[c].params[i].type, values[i]);
      });
    };
    const unsigned *chosen = llvm::find_if(candidates, fits);
    if (chosen == candidates.end()) {
      std::string got, accepted;
      for (unsigned i : order)
        got += (got.empty() ? "" : ", ") + values[i].type.str();
      for (unsigned c : candidates) {
        std::string types;
        for (const ParamInfo &p : owner.functions[c].params)
          types += (types.empty() ? "" : ", ") + p.type.str();
        accepted += (accepted.empty() ? "(" : "; (") + types + ")";
      }
      diag.report(expr->getRange(), diag::err_no_specialization, first.pyName,
                  got, accepted);
      return error();
    }
    index = *chosen;
    calleePtr = &owner.functions[index];
  }
  const FunctionInfo &callee = *calleePtr;
  std::vector<ast::Expr *> converted(callee.params.size(), nullptr);
  std::vector<ast::CallExpr::ResolvedArg> defaults;
  bool ok = true;
  for (size_t i = 0; i < callee.params.size(); ++i) {
    const ParamInfo &p = callee.params[i];
    if (!args[i]) {
      if (!p.defaultValue) {
        diag.report(expr->getRange(), diag::err_missing_required_arg,
                    callee.pyName, p.name);
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
        diag.report(args[i]->getRange(), diag::err_argument_type_mismatch,
                    p.name, callee.pyName, p.type.str(), values[i].type.str());
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
      diag.report(args[i]->getRange(), diag::err_argument_type_mismatch, p.name,
                  callee.pyName, p.type.str(), values[i].type.str());
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
  if (&owner != &info) {
    // The callee's entry in the importing module's table.
    auto imported =
        llvm::find_if(info.importedFunctions, [&](const ImportedFunction &f) {
          return &info.imports[f.module]->info == &owner && f.function == index;
        });
    assert(imported != info.importedFunctions.end() &&
           "every specialisation of an imported name is in the table");
    expr->resolve(ast::CallExpr::Callee::Imported,
                  imported - info.importedFunctions.begin(),
                  std::move(resolved));
    return typed(expr, callee.returnType);
  }
  expr->resolve(ast::CallExpr::Callee::Function, index, std::move(resolved));
  return typed(expr, callee.returnType);
}

Typed FunctionChecker::checkConversionCall(ast::CallExpr *expr,
                                           ScalarKind kind) {
  if (expr->getArgs().size() != 1 || !expr->getKeywords().empty()) {
    diag.report(expr->getRange(), diag::err_conversion_args, getName(kind));
    return error();
  }
  Typed v = checkOperand(expr->getArgs()[0]);
  if (!v)
    return error();
  if (!v.type.isScalar()) {
    diag.report(expr->getArgs()[0]->getRange(), diag::err_call_needs_number,
                getName(kind), v.type.str());
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
    diag.report(expr->getRange(), diag::err_variadic_builtin_arity, info.name);
    return false;
  }
  if (info.maxArgs != info.minArgs)
    diag.report(expr->getRange(), diag::err_builtin_arity_range, info.name,
                info.minArgs, info.maxArgs);
  else
    diag.report(expr->getRange(), diag::err_builtin_arity, info.name,
                info.minArgs);
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
    diag.report(expr->getFunc()->getRange(), diag::err_undefined_name, name);
    return error();
  }
  const BuiltinInfo &info = getBuiltinInfo(*id);
  if (info.kind == BuiltinKind::ForRange) {
    diag.report(expr->getRange(), diag::err_for_range_only, info.name);
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
      diag.report(args[0]->getRange(), diag::err_len_of_non_view, v.type.str());
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
      diag.report(args[0]->getRange(), diag::err_call_needs_number, info.name,
                  v.type.str());
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
      diag.report(args[0]->getRange(), diag::err_bad_abs_operand_type,
                  v.type.str());
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
        diag.report(args[0]->getRange(), diag::err_call_needs_number, "round",
                    x.type.str());
        return error();
      }
      Typed f = convert(x, Type::floating(), expr->getRange());
      return builtinCall(expr, *id, {f.expr}, Type::integer());
    }
    Typed n = checkExpr(args[1]);
    if (!n)
      return error();
    if (!x.type.isFloat()) {
      diag.report(args[0]->getRange(), diag::err_round_ndigits_of_non_float,
                  x.type.str());
      return error();
    }
    if (!n.type.isInteger()) {
      diag.report(args[1]->getRange(), diag::err_round_ndigits_type);
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
      diag.report(expr->getArgs()[i]->getRange(),
                  diag::err_min_max_types_differ, name, type.str(),
                  v.type.str());
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

/// The type of a call of math function `fn` (its arguments converted to
/// its parameters' kinds).
static Type mathResult(BuiltinID fn) {
  switch (fn) {
  case BI_math_floor:
  case BI_math_ceil:
  case BI_math_trunc:
  case BI_math_gcd:
  case BI_math_lcm:
  case BI_math_factorial:
  case BI_math_comb:
  case BI_math_perm:
  case BI_math_isqrt:
    return Type::integer();
  case BI_math_isnan:
  case BI_math_isinf:
  case BI_math_isfinite:
  case BI_math_isclose:
    return Type::boolean();
  case BI_math_frexp:
    return Type::tuple({Type::floating(), Type::integer()});
  case BI_math_modf:
    return Type::tuple({Type::floating(), Type::floating()});
  default:
    return Type::floating();
  }
}

/// The keyword-only parameters of math.isclose, after its two positional
/// ones.
static const llvm::StringLiteral kIsCloseKeywords[] = {"rel_tol", "abs_tol"};

Typed FunctionChecker::checkMathCall(ast::CallExpr *expr,
                                     llvm::StringRef name) {
  std::optional<BuiltinID> id = lookupMathMember(name);
  if (!id || getBuiltinInfo(*id).kind != BuiltinKind::MathFunction) {
    diag.report(expr->getFunc()->getRange(),
                diag::err_unsupported_math_function, name);
    return error();
  }
  // A function that takes one or two arguments (log) is unary or binary as
  // called; a call with neither is checked against two.
  const BuiltinInfo &info = getBuiltinInfo(*id);
  size_t given = expr->getArgs().size();
  if (!expr->getKeywords().empty() && *id != BI_math_isclose) {
    // CPython's wording: every math function but isclose is positional.
    diag.report(expr->getKeywords().front().range, diag::err_math_no_keywords,
                name);
    return error();
  }
  if (given < info.minArgs || given > info.maxArgs) {
    diag.report(expr->getRange(), diag::err_math_arity, name,
                given >= info.minArgs && given <= info.maxArgs ? given
                                                               : info.maxArgs);
    return error();
  }
  // Each argument as its parameter's kind, in source order: the positional
  // ones, then isclose's keywords (parameter 2 + their index).
  std::vector<ast::CallExpr::ResolvedArg> resolved;
  auto check = [&](ast::Expr *arg, char kind, unsigned param) {
    Typed v = checkExpr(arg);
    if (!v)
      return false;
    if (kind == 'i' && !v.type.isInteger() && !v.type.isBool()) {
      diag.report(arg->getRange(), diag::err_math_needs_int, "math." + name,
                  v.type.str());
      return false;
    }
    if (!v.type.isScalar()) {
      diag.report(arg->getRange(), diag::err_call_needs_number, "math." + name,
                  v.type.str());
      return false;
    }
    // floor/ceil/trunc of an integer return it unchanged, of a bool its
    // int (math.floor(True) == 1: an explicit conversion).
    bool keepsInt = mathResult(*id).isInt() && info.params == "f";
    bool toInt = kind == 'i' || (keepsInt && !v.type.isFloat());
    Typed c = convert(v, toInt ? Type::integer() : Type::floating(),
                      expr->getRange(), /*implicit=*/toInt && !v.type.isBool());
    if (!c)
      return false;
    resolved.push_back({c.expr, param});
    return true;
  };
  for (auto [i, arg] : llvm::enumerate(expr->getArgs()))
    if (!check(arg, info.params[std::min<size_t>(i, info.params.size() - 1)],
               i))
      return error();
  for (const ast::Keyword &keyword : expr->getKeywords()) {
    const auto *it = llvm::find(kIsCloseKeywords, keyword.name);
    if (it == std::end(kIsCloseKeywords)) {
      diag.report(expr->getRange(), diag::err_unexpected_keyword_arg,
                  "math." + name, keyword.name);
      return error();
    }
    unsigned param = 2 + (it - std::begin(kIsCloseKeywords));
    if (llvm::any_of(resolved, [&](const ast::CallExpr::ResolvedArg &arg) {
          return arg.param == param;
        })) {
      diag.report(expr->getRange(), diag::err_multiple_values_for_arg,
                  "math." + name, keyword.name);
      return error();
    }
    if (!check(keyword.value, 'f', param))
      return error();
  }
  // floor/ceil/trunc of an integer: the integer itself.
  if (resolved.size() == 1 && mathResult(*id).isInt() && info.params == "f" &&
      !resolved[0].value->getType().isFloat())
    return explicitConversion(typed(resolved[0].value, Type::integer()));
  expr->resolve(ast::CallExpr::Callee::Builtin, *id, std::move(resolved));
  return typed(expr, mathResult(*id));
}
