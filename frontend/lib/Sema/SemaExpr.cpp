//===- SemaExpr.cpp - Type checking of expressions --------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// Sema for expressions: operands and integer literals, constants, names,
// unary, binary, comparison and boolean operators, conditional expressions,
// tuples, subscripts, attributes and conditions; and the conversions between
// types (implicit and explicit) with the assignability rule they apply. Each
// expression gets its type; literals and constants are folded into
// ConstantExprs, conversions become ConvertExprs. Calls are in SemaCall.cpp.
//
//===----------------------------------------------------------------------===//

#include "SemaInternal.h"

#include "pyir/Dialect/PyIR/IR/ViewSlicing.h"

#include "llvm/ADT/StringExtras.h"

using namespace pyir;
using namespace pyir::frontend;
using namespace pyir::frontend::detail;

/// Whether an integer literal lies outside `int` (and so needs a fixed-width
/// type to be a value).
static bool isWideLiteral(const Typed &value) {
  return value.literal && !value.literal->isSignedIntN(64);
}

Typed FunctionChecker::checkExpr(ast::Expr *expr) {
  Typed value = checkOperand(expr);
  if (isWideLiteral(value)) {
    diag.report(value.literalRange, diag::err_literal_does_not_fit_int);
    return error();
  }
  return value;
}

Typed FunctionChecker::intLiteral(ast::Expr *expr, const APInt &value) {
  // The `int` constant keeps every bit of the literal: a wide one is a value
  // only once `convert` gives it a fixed-width type.
  ConstValue c{Type::integer()};
  c.intValue = value;
  Typed result{context.create<ast::ConstantExpr>(expr->getRange(), c,
                                                 /*fromLiteral=*/true),
               Type::integer(), value};
  result.literalRange = expr->getRange();
  return result;
}

Typed FunctionChecker::constant(const ConstValue &c, SMRange range) {
  return Typed{context.create<ast::ConstantExpr>(range, c,
                                                 /*fromLiteral=*/false),
               c.type,
               {}};
}

Typed FunctionChecker::checkOperand(ast::Expr *expr) {
  switch (expr->getKind()) {
  case ast::Expr::Kind::IntLiteral:
    return intLiteral(expr, *Sema::getIntLiteral(expr));
  case ast::Expr::Kind::FloatLiteral:
    return typed(expr, Type::floating());
  case ast::Expr::Kind::BoolLiteral:
    return typed(expr, Type::boolean());
  case ast::Expr::Kind::Name:
    return checkName(llvm::cast<ast::NameExpr>(expr));
  case ast::Expr::Kind::UnaryOp:
    return checkUnary(llvm::cast<ast::UnaryOpExpr>(expr));
  case ast::Expr::Kind::BinOp:
    return checkBinary(llvm::cast<ast::BinOpExpr>(expr));
  case ast::Expr::Kind::BoolOp:
    return checkBoolOp(llvm::cast<ast::BoolOpExpr>(expr));
  case ast::Expr::Kind::Compare:
    return checkCompare(llvm::cast<ast::CompareExpr>(expr));
  case ast::Expr::Kind::IfExp:
    return checkIfExp(llvm::cast<ast::IfExpExpr>(expr));
  case ast::Expr::Kind::Call:
    return checkCall(llvm::cast<ast::CallExpr>(expr));
  case ast::Expr::Kind::Attribute:
    return checkAttribute(llvm::cast<ast::AttributeExpr>(expr));
  case ast::Expr::Kind::Subscript:
    return checkSubscript(llvm::cast<ast::SubscriptExpr>(expr));
  case ast::Expr::Kind::Tuple:
    return checkTuple(llvm::cast<ast::TupleExpr>(expr));
  case ast::Expr::Kind::StringLiteral:
    diag.report(expr->getRange(), diag::err_unsupported_string_value);
    return error();
  case ast::Expr::Kind::NoneLiteral:
    diag.report(expr->getRange(), diag::err_unsupported_none_value);
    return error();
  case ast::Expr::Kind::EllipsisLiteral:
  case ast::Expr::Kind::Slice:
    diag.report(expr->getRange(), diag::err_unsupported_expression);
    return error();
  case ast::Expr::Kind::Constant:
  case ast::Expr::Kind::Convert:
  case ast::Expr::Kind::TupleElement:
    llvm_unreachable("Sema checks each source expression once");
  }
  return error();
}

Typed FunctionChecker::checkName(ast::NameExpr *expr) {
  llvm::StringRef name = expr->getName();
  if (ast::VarDecl *var = lookupVar(name)) {
    if (var->getType().isError())
      return errorReportedElsewhere();
    expr->setDecl(var);
    return typed(expr, var->getType());
  }
  auto it = info.globals.find(name);
  if (it != info.globals.end()) {
    const GlobalName &g = it->second;
    if (g.kind == GlobalName::Kind::Constant)
      return constant(info.constants[g.index].value, expr->getRange());
    if (g.kind == GlobalName::Kind::MathMember) {
      if (std::optional<ConstValue> c =
              sema.evaluateConstant(expr, info, /*report=*/false))
        return constant(*c, expr->getRange());
    }
    diag.report(expr->getRange(), diag::err_name_not_a_value, name);
    return error();
  }
  if (reportPythonDefinition(*expr))
    return error();
  diag.report(expr->getRange(), diag::err_undefined_name, name);
  return error();
}

bool FunctionChecker::reportPythonDefinition(const ast::NameExpr &expr) {
  if (!info.mixed)
    return false;
  auto it = info.mixed->pythonDefinitions.find(expr.getName());
  if (it == info.mixed->pythonDefinitions.end())
    return false;
  diag.report(expr.getRange(), diag::err_python_definition_used,
              expr.getName());
  diag.report(it->second, diag::note_python_definition, expr.getName());
  return true;
}

Typed FunctionChecker::checkUnary(ast::UnaryOpExpr *expr) {
  if (expr->getOp() == ast::UnaryOpKind::Not) {
    ast::Expr *cond = checkCondition(expr->getOperand());
    if (!cond)
      return error();
    expr->setOperand(cond);
    return typed(expr, Type::boolean());
  }
  // `-5` is a literal: it may take a fixed-width type.
  if (std::optional<APInt> literal = Sema::getIntLiteral(expr))
    return intLiteral(expr, *literal);
  Typed operand = checkExpr(expr->getOperand());
  if (!operand)
    return error();
  // `-True` and `~True` compute on the int 1, as in Python.
  if (operand.type.isBool())
    operand = convert(operand, Type::integer(), expr->getRange(),
                      /*implicit=*/false);
  if (!operand.type.isNumeric() || (expr->getOp() == ast::UnaryOpKind::Invert &&
                                    !operand.type.isInteger())) {
    diag.report(expr->getRange(), diag::err_bad_unary_operand_type,
                ast::spelling(expr->getOp()), operand.type.str());
    return error();
  }
  expr->setOperand(operand.expr);
  return typed(expr, operand.type);
}

Typed FunctionChecker::checkBinary(ast::BinOpExpr *expr) {
  Typed lhs = checkOperand(expr->getLHS());
  Typed rhs = checkOperand(expr->getRHS());
  if (!lhs || !rhs)
    return error();
  return checkBinaryOp(expr->getOp(), lhs, rhs, expr->getRange(),
                       expr->getOpLoc(), expr);
}

Typed FunctionChecker::checkBinaryOp(ast::BinOpKind op, Typed lhs, Typed rhs,
                                     SMRange range, SMLoc opLoc,
                                     ast::BinOpExpr *node) {
  Type operandType =
      sema.getOperandType(op, lhs.type, rhs.type, lhs.literal.has_value(),
                          rhs.literal.has_value(), range);
  if (operandType.isError())
    return error();
  // A literal that meets a fixed-width type must fit it.
  for (Typed *side : {&lhs, &rhs}) {
    if (side->literal && operandType.isFixedInteger() &&
        !Sema::literalFits(*side->literal, operandType.getScalarKind())) {
      diag.report(range, diag::err_literal_does_not_fit,
                  llvm::toString(*side->literal, 10, true), operandType.str());
      return error();
    }
  }
  Typed x = convert(lhs, operandType, range, /*implicit=*/false);
  Typed y = convert(rhs, operandType, range, /*implicit=*/false);
  if (!x || !y)
    return error();
  if (op == ast::BinOpKind::MatMul)
    return errorReportedElsewhere();
  if (!node)
    node = context.create<ast::BinOpExpr>(range, op, opLoc, x.expr, y.expr);
  node->setLHS(x.expr);
  node->setRHS(y.expr);
  return typed(node, Sema::getResultType(op, operandType));
}

bool FunctionChecker::checkCmp(Typed &lhs, Typed &rhs) {
  // An integer literal meeting a fixed-width integer takes its type where it
  // fits; one that does not is compared exactly as an `int`, which gives
  // Python's answer, unless it lies beyond `int` too.
  for (auto [side, other] : {std::pair(&lhs, &rhs), std::pair(&rhs, &lhs)}) {
    if (!side->literal || !other->type.isFixedInteger())
      continue;
    if (Sema::literalFits(*side->literal, other->type.getScalarKind())) {
      *side = convert(*side, other->type, side->literalRange);
    } else if (isWideLiteral(*side)) {
      diag.report(side->literalRange, diag::err_literal_does_not_fit,
                  llvm::toString(*side->literal, 10, true), other->type.str());
      return false;
    }
  }
  for (Typed *side : {&lhs, &rhs}) {
    if (isWideLiteral(*side)) {
      diag.report(side->literalRange, diag::err_literal_does_not_fit_int);
      return false;
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
  return true;
}

Typed FunctionChecker::checkCompare(ast::CompareExpr *expr) {
  // a < b < c evaluates b once and stops at the first false comparison: b
  // is one node, which each comparison converts its own way.
  Typed lhs = checkOperand(expr->getLeft());
  if (!lhs)
    return error();
  auto checkComparable = [&](const Typed &v, const ast::Expr *e) {
    if (v.type.isScalar())
      return true;
    diag.report(e->getRange(), diag::err_not_comparable, v.type.str());
    return false;
  };
  if (!checkComparable(lhs, expr->getLeft()))
    return error();
  std::vector<std::pair<ast::Expr *, ast::Expr *>> operands;
  for (ast::Expr *comparator : expr->getComparators()) {
    Typed rhs = checkOperand(comparator);
    if (!rhs || !checkComparable(rhs, comparator))
      return error();
    Typed x = lhs, y = rhs;
    if (!checkCmp(x, y))
      return error();
    operands.push_back({x.expr, y.expr});
    lhs = rhs;
  }
  expr->setOperands(std::move(operands));
  return typed(expr, Type::boolean());
}

ast::Expr *FunctionChecker::checkCondition(ast::Expr *expr) {
  if (auto *boolOp = dyn_cast<ast::BoolOpExpr>(expr)) {
    for (auto [i, value] : llvm::enumerate(boolOp->getValues())) {
      ast::Expr *c = checkCondition(value);
      if (!c)
        return nullptr;
      boolOp->setValue(i, c);
    }
    expr->setType(Type::boolean());
    return expr;
  }
  if (auto *unary = dyn_cast<ast::UnaryOpExpr>(expr);
      unary && unary->getOp() == ast::UnaryOpKind::Not) {
    ast::Expr *c = checkCondition(unary->getOperand());
    if (!c)
      return nullptr;
    unary->setOperand(c);
    expr->setType(Type::boolean());
    return expr;
  }
  Typed value = checkExpr(expr);
  if (!value)
    return nullptr;
  if (!value.type.isScalar()) {
    diag.report(expr->getRange(), diag::err_no_truth_value, value.type.str());
    return nullptr;
  }
  return value.expr;
}

Typed FunctionChecker::checkBoolOp(ast::BoolOpExpr *expr) {
  // `a or b` yields a or b themselves, so the operands need one type.
  Type type;
  for (auto [i, value] : llvm::enumerate(expr->getValues())) {
    Typed v = checkExpr(value);
    if (!v)
      return error();
    if (i == 0) {
      type = v.type;
      if (!type.isScalar()) {
        diag.report(value->getRange(), diag::err_bool_op_operand_type,
                    ast::spelling(expr->getOp()));
        return error();
      }
    } else if (v.type != type) {
      diag.report(value->getRange(), diag::err_bool_op_operand_types_differ,
                  ast::spelling(expr->getOp()), type.str(), v.type.str());
      return error();
    }
    expr->setValue(i, v.expr);
  }
  return typed(expr, type);
}

Typed FunctionChecker::checkIfExp(ast::IfExpExpr *expr) {
  ast::Expr *cond = checkCondition(expr->getTest());
  if (!cond)
    return error();
  expr->setTest(cond);
  Typed a = checkOperand(expr->getBody());
  Typed c = checkOperand(expr->getOrElse());
  if (!a || !c)
    return error();
  Type type = a.type;
  if (a.type.isView() && c.type.isView() && a.type != c.type &&
      a.type.getScalarKind() == c.type.getScalarKind() &&
      a.type.getRank() == c.type.getRank()) {
    // One contiguous, one strided: the strided type holds both.
    type = Type::view(a.type.getScalarKind(), a.type.getRank(), false);
  } else if (a.type != c.type) {
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
      diag.report(expr->getRange(), diag::err_conditional_types_differ,
                  a.type.str(), c.type.str());
      return error();
    }
  }
  Typed ca = convert(a, type, expr->getBody()->getRange());
  Typed cc = convert(c, type, expr->getOrElse()->getRange());
  if (!ca || !cc)
    return error();
  expr->setBody(ca.expr);
  expr->setOrElse(cc.expr);
  return typed(expr, type);
}

Typed FunctionChecker::checkTuple(ast::TupleExpr *expr) {
  std::vector<Type> types;
  std::vector<Typed> elements;
  for (auto [i, e] : llvm::enumerate(expr->getElts())) {
    Typed v = checkOperand(e);
    if (!v)
      return error();
    if (!v.type.isScalar() && !v.type.isView()) {
      diag.report(e->getRange(), diag::err_tuple_element_not_scalar);
      return error();
    }
    expr->setElt(i, v.expr);
    types.push_back(v.type);
    elements.push_back(v);
  }
  if (elements.size() < 2) {
    diag.report(expr->getRange(), diag::err_tuple_too_short);
    return error();
  }
  Typed result = typed(expr, Type::tuple(types));
  result.elements = std::move(elements);
  return result;
}

Typed FunctionChecker::checkIndices(ast::SubscriptExpr *expr) {
  Typed view = checkExpr(expr->getValue());
  if (!view)
    return error();
  if (view.type.isView() &&
      (llvm::any_of(expr->getIndices(), llvm::IsaPred<ast::SliceExpr>) ||
       expr->getIndices().size() < view.type.getRank())) {
    diag.report(expr->getRange(), diag::err_store_into_slice);
    return error();
  }
  return checkIndicesOf(expr, view);
}

/// The element `view[i, j, ...]`: one `int` index per axis.
Typed FunctionChecker::checkIndicesOf(ast::SubscriptExpr *expr, Typed view) {
  if (!view.type.isView()) {
    diag.report(expr->getValue()->getRange(), diag::err_not_indexable,
                view.type.str());
    return error();
  }
  std::vector<ast::Expr *> exprs = expr->getIndices();
  if (exprs.size() != view.type.getRank()) {
    diag.report(expr->getIndex()->getRange(), diag::err_view_index_count,
                view.type.getRank(), exprs.size());
    return error();
  }
  std::vector<ast::Expr *> indices;
  for (ast::Expr *e : exprs) {
    Typed index = checkExpr(e);
    if (!index)
      return error();
    if (!index.type.isInteger()) {
      diag.report(e->getRange(), diag::err_view_index_type, index.type.str());
      return error();
    }
    Typed asInt = convert(index, Type::integer(), e->getRange());
    if (!asInt)
      return error();
    indices.push_back(asInt.expr);
  }
  expr->setElement(view.expr, std::move(indices));
  return view;
}

Typed FunctionChecker::checkSubscript(ast::SubscriptExpr *expr) {
  // a.shape[k], a.strides[k]
  if (auto *attr = dyn_cast<ast::AttributeExpr>(expr->getValue());
      attr && (attr->getAttr() == "shape" || attr->getAttr() == "strides")) {
    bool shape = attr->getAttr() == "shape";
    Typed view = checkExpr(attr->getValue());
    if (!view)
      return error();
    if (!view.type.isView()) {
      diag.report(attr->getRange(), shape ? diag::err_shape_of_non_view
                                          : diag::err_strides_of_non_view);
      return error();
    }
    std::optional<APInt> k = Sema::getIntLiteral(expr->getIndex());
    int64_t rank = view.type.getRank();
    if (!k || !k->isSignedIntN(64) || k->getSExtValue() < -rank ||
        k->getSExtValue() >= rank) {
      diag.report(expr->getIndex()->getRange(),
                  shape ? diag::err_shape_axis : diag::err_strides_axis, rank);
      return error();
    }
    int64_t axis = k->getSExtValue();
    if (axis < 0)
      axis += rank;
    if (shape)
      expr->setShape(view.expr, axis);
    else
      expr->setStride(view.expr, axis);
    return typed(expr, Type::integer());
  }
  std::vector<ast::Expr *> items = expr->getIndices();
  bool slices = llvm::any_of(items, llvm::IsaPred<ast::SliceExpr>);
  Typed view = checkExpr(expr->getValue());
  if (!view)
    return error();
  if (view.type.isView() && (slices || items.size() < view.type.getRank()))
    return checkSlicing(expr, view);
  Typed element = checkIndicesOf(expr, view);
  if (!element)
    return error();
  return typed(expr, Type::scalar(view.type.getScalarKind()));
}

/// `base[key]` that makes a view: the items in order, each an index or a
/// slice of `int` parts; its type by pyir::inferSlicedView.
Typed FunctionChecker::checkSlicing(ast::SubscriptExpr *expr, Typed view) {
  std::vector<ast::Expr *> items = expr->getIndices();
  unsigned rank = view.type.getRank();
  if (items.size() > rank) {
    diag.report(expr->getIndex()->getRange(), diag::err_view_key_too_long, rank,
                items.size());
    return error();
  }
  std::vector<int64_t> keys;
  std::vector<ast::Expr *> values;
  auto checkPart = [&](ast::Expr *part, bool slicePart) -> bool {
    Typed value = checkExpr(part);
    if (!value)
      return false;
    if (!value.type.isInteger()) {
      diag.report(part->getRange(),
                  slicePart ? diag::err_slice_bound_type
                            : diag::err_view_index_type,
                  value.type.str());
      return false;
    }
    Typed asInt = convert(value, Type::integer(), part->getRange());
    if (!asInt)
      return false;
    values.push_back(asInt.expr);
    return true;
  };
  for (ast::Expr *item : items) {
    auto *slice = dyn_cast<ast::SliceExpr>(item);
    if (!slice) {
      if (!checkPart(item, false))
        return error();
      keys.push_back(view_key::kIndex);
      continue;
    }
    int64_t code = 0;
    if (slice->getLower()) {
      if (!checkPart(slice->getLower(), true))
        return error();
      code |= view_key::kStart;
    }
    if (slice->getUpper()) {
      if (!checkPart(slice->getUpper(), true))
        return error();
      code |= view_key::kStop;
    }
    // A literal step of 1 is no step (the same PySlice_AdjustIndices).
    if (ast::Expr *step = slice->getStep()) {
      std::optional<APInt> literal = Sema::getIntLiteral(step);
      if (!literal || !literal->isOne()) {
        if (!checkPart(step, true))
          return error();
        code |= view_key::kStep;
      }
    }
    keys.push_back(code);
  }
  std::optional<SlicedView> sliced =
      inferSlicedView(rank, view.type.isContiguous(), keys);
  assert(sliced && "a key with a slice or fewer items than axes slices");
  expr->setSlice(view.expr, std::move(keys), std::move(values));
  return typed(expr, Type::view(view.type.getScalarKind(), sliced->rank,
                                sliced->contiguous));
}

Typed FunctionChecker::checkAttribute(ast::AttributeExpr *expr) {
  if (auto *base = dyn_cast<ast::NameExpr>(expr->getValue());
      base && !lookupVar(base->getName())) {
    auto it = info.globals.find(base->getName());
    if (it != info.globals.end() &&
        it->second.kind == GlobalName::Kind::MathModule) {
      if (std::optional<ConstValue> c =
              sema.evaluateConstant(expr, info, /*report=*/false))
        return constant(*c, expr->getRange());
      diag.report(expr->getRange(), diag::err_math_member_not_constant,
                  expr->getAttr());
      return error();
    }
  }
  Typed value = checkExpr(expr->getValue());
  if (!value)
    return error();
  if (value.type.isView() && expr->getAttr() == "ndim") {
    ConstValue rank{Type::integer()};
    rank.intValue = APInt(64, value.type.getRank());
    return constant(rank, expr->getRange());
  }
  if (value.type.isView() &&
      (expr->getAttr() == "shape" || expr->getAttr() == "strides")) {
    diag.report(expr->getRange(), diag::err_shape_without_axis,
                expr->getAttr());
    return error();
  }
  diag.report(expr->getRange(), diag::err_no_attribute, value.type.str(),
              expr->getAttr());
  return error();
}

//===----------------------------------------------------------------------===//
// Conversions
//===----------------------------------------------------------------------===//

Typed FunctionChecker::convert(Typed value, const Type &to, SMRange range,
                               bool implicit) {
  if (!value)
    return error();
  if (to.isError())
    return errorReportedElsewhere();
  // A tuple expression converts element by element (its literals take the
  // element types).
  if (!value.elements.empty() && to.isTuple() &&
      to.getElements().size() == value.elements.size() &&
      (value.type != to || llvm::any_of(value.elements, isWideLiteral))) {
    if (implicit && !isAssignable(to, value)) {
      diag.report(range, diag::err_implicit_conversion, value.type.str(),
                  to.str());
      return error();
    }
    std::vector<ast::Expr *> converted;
    for (auto [element, type] :
         llvm::zip_equal(value.elements, to.getElements())) {
      Typed c = convert(element, type, range, implicit);
      if (!c)
        return error();
      converted.push_back(c.expr);
    }
    return typed(context.create<ast::TupleExpr>(range, std::move(converted)),
                 to);
  }
  // A literal beyond `int` is a value only in a fixed-width type it fits
  // (callers check that it fits, or wrap it for an explicit `u64(...)`).
  if (isWideLiteral(value) && !to.isFixedInteger()) {
    diag.report(value.literalRange, diag::err_literal_does_not_fit_int);
    return error();
  }
  if (value.type == to)
    return value;
  if (implicit && !isAssignable(to, value)) {
    diag.report(range, diag::err_implicit_conversion, value.type.str(),
                to.str());
    return error();
  }
  // A contiguous view where a strided one is expected (a return).
  if (value.type.isView() && to.isView() && isAssignable(to, value))
    return typed(context.create<ast::ConvertExpr>(range, value.expr, to), to);
  if (!value.type.isScalar() || !to.isScalar()) {
    diag.report(range, diag::err_invalid_conversion, value.type.str(),
                to.str());
    return error();
  }
  // An integer literal becomes a constant of the target type (it fits: the
  // callers checked).
  if (value.literal && to.isInteger()) {
    ConstValue c{to};
    c.intValue = value.literal->sextOrTrunc(64);
    return constant(c, range);
  }
  if (value.literal && to.isFloat()) {
    ConstValue c{to};
    c.floatValue = double(value.literal->trunc(64).getSExtValue());
    return constant(c, range);
  }
  return typed(context.create<ast::ConvertExpr>(range, value.expr, to), to);
}

bool FunctionChecker::isAssignable(const Type &to, const Typed &value) {
  if (value.elements.empty() || !to.isTuple() ||
      to.getElements().size() != value.elements.size())
    return Sema::isAssignable(to, value.type, value.literal);
  for (auto [element, type] : llvm::zip_equal(value.elements, to.getElements()))
    if (!isAssignable(type, element))
      return false;
  return true;
}
