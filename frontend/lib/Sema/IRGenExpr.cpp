//===- IRGenExpr.cpp - Expressions to pyir dialect --------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// IR generation for expressions: operands and integer literals, constants,
// names, unary, binary, comparison and boolean operators, conditional
// expressions, tuples, subscripts, attributes, truth values and conditions;
// and the conversions between types (implicit and explicit) with the
// assignability rule they apply. Calls are in IRGenCall.cpp.
//
//===----------------------------------------------------------------------===//

#include "IRGenInternal.h"

using namespace pyir;
using namespace pyir::frontend;
using namespace pyir::frontend::detail;

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
