//===- IRGenExpr.cpp - Expressions to pyir dialect --------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// IR generation for the typed expressions Sema leaves: constants, names,
// unary, binary, comparison and boolean operators, conditional expressions,
// tuples, subscripts, conversions, truth values and conditions. Calls are in
// IRGenCall.cpp.
//
//===----------------------------------------------------------------------===//

#include "IRGenInternal.h"

using namespace pyir;
using namespace pyir::frontend;
using namespace pyir::frontend::detail;

mlir::Value FunctionGen::emitExpr(const ast::Expr *expr) {
  auto it = values.find(expr);
  if (it != values.end())
    return it->second;
  mlir::Value value = emitExprUncached(expr);
  values[expr] = value;
  return value;
}

/// The operand of a conversion Sema inserted, or `expr`.
static const ast::Expr *stripConversion(const ast::Expr *expr) {
  if (auto *convert = dyn_cast<ast::ConvertExpr>(expr);
      convert && !convert->isExplicit())
    return convert->getOperand();
  return expr;
}

llvm::SmallVector<mlir::Value>
FunctionGen::emitOperands(llvm::ArrayRef<const ast::Expr *> exprs) {
  for (const ast::Expr *e : exprs)
    emitExpr(stripConversion(e));
  llvm::SmallVector<mlir::Value> result;
  for (const ast::Expr *e : exprs)
    result.push_back(emitExpr(e));
  return result;
}

mlir::Value FunctionGen::emitExprUncached(const ast::Expr *expr) {
  mlir::Location l = m.loc(expr->getLoc());
  switch (expr->getKind()) {
  case ast::Expr::Kind::FloatLiteral:
    return ConstantOp::create(
        b, l,
        b.getF64FloatAttr(llvm::cast<ast::FloatLiteralExpr>(expr)->getValue()));
  case ast::Expr::Kind::BoolLiteral:
    return ConstantOp::create(
        b, l,
        b.getBoolAttr(llvm::cast<ast::BoolLiteralExpr>(expr)->getValue()));
  case ast::Expr::Kind::Constant:
    return emitConstant(llvm::cast<ast::ConstantExpr>(expr)->getValue(),
                        expr->getLoc());
  case ast::Expr::Kind::Name: {
    const ast::VarDecl *decl = llvm::cast<ast::NameExpr>(expr)->getDecl();
    assert(decl && "Sema resolves every name it accepts");
    return readLocal(varOf(decl), expr->getLoc());
  }
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
  case ast::Expr::Kind::Subscript:
    return emitSubscript(llvm::cast<ast::SubscriptExpr>(expr));
  case ast::Expr::Kind::Tuple: {
    llvm::SmallVector<mlir::Value> elements;
    for (const ast::Expr *e : llvm::cast<ast::TupleExpr>(expr)->getElts())
      elements.push_back(emitExpr(e));
    return TupleOp::create(b, l, elements);
  }
  case ast::Expr::Kind::Convert:
    return emitConvert(llvm::cast<ast::ConvertExpr>(expr));
  case ast::Expr::Kind::TupleElement: {
    auto *element = llvm::cast<ast::TupleElementExpr>(expr);
    return TupleGetOp::create(b, l, emitExpr(element->getTuple()),
                              element->getIndex());
  }
  case ast::Expr::Kind::IntLiteral:
  case ast::Expr::Kind::StringLiteral:
  case ast::Expr::Kind::NoneLiteral:
  case ast::Expr::Kind::EllipsisLiteral:
  case ast::Expr::Kind::Attribute:
  case ast::Expr::Kind::Slice:
    break;
  }
  llvm_unreachable("Sema folds or rejects this expression");
}

mlir::Value FunctionGen::emitConstant(const ConstValue &c, SMLoc smLoc) {
  return ConstantOp::create(b, m.loc(smLoc), m.constAttr(c));
}

mlir::Value FunctionGen::emitUnary(const ast::UnaryOpExpr *expr) {
  mlir::Location l = m.loc(expr->getLoc());
  if (expr->getOp() == ast::UnaryOpKind::Not) {
    mlir::Value cond = emitCondition(expr->getOperand());
    mlir::Value trueVal = arith::ConstantOp::create(b, l, b.getBoolAttr(true));
    return arith::XOrIOp::create(b, l, cond, trueVal);
  }
  mlir::Value operand = emitExpr(expr->getOperand());
  const Type &type = expr->getType();
  switch (expr->getOp()) {
  case ast::UnaryOpKind::Plus:
    return operand;
  case ast::UnaryOpKind::Minus:
    return NegOp::create(b, l, type.isInteger() ? overflowFor(type) : nullptr,
                         operand);
  case ast::UnaryOpKind::Invert:
    return InvertOp::create(b, l, operand);
  case ast::UnaryOpKind::Not:
    break;
  }
  llvm_unreachable("`not` is a condition");
}

mlir::Value FunctionGen::emitBinary(const ast::BinOpExpr *expr) {
  llvm::SmallVector<mlir::Value> operands =
      emitOperands({expr->getLHS(), expr->getRHS()});
  mlir::Value x = operands[0], y = operands[1];
  const Type &operandType = expr->getLHS()->getType();
  mlir::Location l =
      m.loc(expr->getOpLoc().isValid() ? expr->getOpLoc() : expr->getLoc());
  bool isInt = operandType.isInteger();
  OverflowModeAttr mode = isInt ? overflowFor(operandType) : nullptr;
  bool cdiv = isInt && fn.directives.cdivision;
  switch (expr->getOp()) {
  case ast::BinOpKind::Add:
    return AddOp::create(b, l, mode, x, y);
  case ast::BinOpKind::Sub:
    return SubOp::create(b, l, mode, x, y);
  case ast::BinOpKind::Mul:
    return MulOp::create(b, l, mode, x, y);
  case ast::BinOpKind::Div:
    return TrueDivOp::create(b, l, m.toMLIR(expr->getType()), cdiv, x, y);
  case ast::BinOpKind::FloorDiv:
    return FloorDivOp::create(b, l, mode, cdiv, x, y);
  case ast::BinOpKind::Mod:
    return ModOp::create(b, l, mode, cdiv, x, y);
  case ast::BinOpKind::Pow:
    return PowOp::create(b, l, mode, x, y);
  case ast::BinOpKind::LShift:
    return ShlOp::create(b, l, mode, x, y);
  case ast::BinOpKind::RShift:
    return ShrOp::create(b, l, x, y);
  case ast::BinOpKind::BitAnd:
    return AndOp::create(b, l, x, y);
  case ast::BinOpKind::BitOr:
    return OrOp::create(b, l, x, y);
  case ast::BinOpKind::BitXor:
    return XorOp::create(b, l, x, y);
  case ast::BinOpKind::MatMul:
    break;
  }
  llvm_unreachable("Sema rejects '@'");
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

mlir::Value FunctionGen::emitCompare(const ast::CompareExpr *expr) {
  // a < b < c evaluates b once and stops at the first false comparison.
  auto compare = [&](size_t i) -> mlir::Value {
    auto [lhs, rhs] = expr->getOperands(i);
    llvm::SmallVector<mlir::Value> operands = emitOperands({lhs, rhs});
    return CmpOp::create(b, m.loc(expr->getOpLocs()[i]),
                         toPredicate(expr->getOps()[i]), operands[0],
                         operands[1]);
  };
  size_t count = expr->getComparators().size();
  if (count == 1)
    return compare(0);
  // The left operand first (it may branch: a conditional expression).
  emitExpr(stripConversion(expr->getOperands(0).first));
  mlir::Location l = m.loc(expr->getLoc());
  mlir::Block *join = newBlock();
  join->addArgument(b.getI1Type(), l);
  for (size_t i = 0; i < count; ++i) {
    mlir::Value c = compare(i);
    if (i + 1 == count) {
      branch(l, join, c);
      break;
    }
    mlir::Block *next = newBlock();
    condBranch(l, c, next, {}, join, c);
    seal(next);
    setBlock(next);
  }
  seal(join);
  setBlock(join);
  return join->getArgument(0);
}

mlir::Value FunctionGen::truth(const ast::Expr *expr, mlir::Value value,
                               mlir::Location loc) {
  const Type &type = expr->getType();
  if (type.isBool())
    return value;
  // `while 1:` branches on a constant, like `while True:`.
  if (auto *c = dyn_cast<ast::ConstantExpr>(expr); c && c->isFromLiteral())
    return arith::ConstantOp::create(
        b, loc, b.getBoolAttr(!c->getValue().intValue.isZero()));
  assert(type.isNumeric() && "Sema checks that a condition has a truth value");
  mlir::Value zero =
      type.isFloat()
          ? ConstantOp::create(b, loc, b.getFloatAttr(m.toMLIR(type), 0.0))
                .getResult()
          : ConstantOp::create(b, loc, b.getIntegerAttr(m.toMLIR(type), 0))
                .getResult();
  return CmpOp::create(b, loc, CmpPredicate::ne, value, zero);
}

mlir::Value FunctionGen::emitCondition(const ast::Expr *expr) {
  mlir::Location l = m.loc(expr->getLoc());
  if (auto *boolOp = dyn_cast<ast::BoolOpExpr>(expr)) {
    bool isAnd = boolOp->getOp() == ast::BoolOpKind::And;
    mlir::Block *join = newBlock();
    join->addArgument(b.getI1Type(), l);
    llvm::ArrayRef<ast::Expr *> operands = boolOp->getValues();
    for (size_t i = 0; i < operands.size(); ++i) {
      mlir::Value c = emitCondition(operands[i]);
      if (i + 1 == operands.size()) {
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
    return arith::XOrIOp::create(
        b, l, c, arith::ConstantOp::create(b, l, b.getBoolAttr(true)));
  }
  return truth(expr, emitExpr(expr), l);
}

mlir::Value FunctionGen::emitBoolOp(const ast::BoolOpExpr *expr) {
  // `a or b` yields a or b themselves (Sema gave them one type).
  mlir::Location l = m.loc(expr->getLoc());
  bool isAnd = expr->getOp() == ast::BoolOpKind::And;
  llvm::ArrayRef<ast::Expr *> operands = expr->getValues();
  mlir::Block *join = newBlock();
  join->addArgument(m.toMLIR(expr->getType()), l);
  for (size_t i = 0; i < operands.size(); ++i) {
    mlir::Value v = emitExpr(operands[i]);
    if (i + 1 == operands.size()) {
      branch(l, join, v);
      break;
    }
    mlir::Value c = truth(operands[i], v, l);
    mlir::Block *next = newBlock();
    if (isAnd)
      condBranch(l, c, next, {}, join, v);
    else
      condBranch(l, c, join, v, next, {});
    seal(next);
    setBlock(next);
  }
  seal(join);
  setBlock(join);
  return join->getArgument(0);
}

mlir::Value FunctionGen::emitIfExp(const ast::IfExpExpr *expr) {
  mlir::Location l = m.loc(expr->getLoc());
  mlir::Value cond = emitCondition(expr->getTest());
  mlir::Block *thenBlock = newBlock();
  mlir::Block *elseBlock = newBlock();
  mlir::Block *join = newBlock();
  condBranch(l, cond, thenBlock, {}, elseBlock, {});
  seal(thenBlock);
  seal(elseBlock);
  // A tuple passes element by element: block arguments are scalars.
  const Type &type = expr->getType();
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
  for (auto [block, branchExpr] : {std::pair(thenBlock, expr->getBody()),
                                   std::pair(elseBlock, expr->getOrElse())}) {
    setBlock(block);
    mlir::Value value = emitExpr(branchExpr);
    branch(l, join, flatten(value));
  }
  seal(join);
  setBlock(join);
  mlir::Value result = join->getArgument(0);
  if (type.isTuple())
    result = TupleOp::create(
        b, l, llvm::SmallVector<mlir::Value>(join->getArguments()));
  return result;
}

mlir::Value FunctionGen::emitSubscript(const ast::SubscriptExpr *expr) {
  mlir::Location l = m.loc(expr->getLoc());
  if (std::optional<unsigned> axis = expr->getShapeAxis())
    return DimOp::create(b, l, emitExpr(expr->getView()), *axis);
  if (std::optional<unsigned> axis = expr->getStrideAxis())
    return StrideOp::create(b, l, emitExpr(expr->getView()), *axis);
  if (expr->isSlice()) {
    // The base, then the key's values left to right, as Python evaluates
    // `a[i:j]`.
    mlir::Value base = emitExpr(expr->getView());
    llvm::SmallVector<mlir::Value> values;
    for (const ast::Expr *value : expr->getIntIndices())
      values.push_back(emitExpr(value));
    return SubviewOp::create(b, l, m.toMLIR(expr->getType()), base, values,
                             expr->getSliceKeys());
  }
  auto [view, indices] = emitElementAddress(expr);
  return LoadOp::create(b, l, view, indices, fn.directives.boundscheck,
                        fn.directives.wraparound);
}

std::pair<mlir::Value, llvm::SmallVector<mlir::Value>>
FunctionGen::emitElementAddress(const ast::SubscriptExpr *expr) {
  auto it = elementAddresses.find(expr);
  if (it != elementAddresses.end())
    return it->second;
  mlir::Value view = emitExpr(expr->getView());
  llvm::SmallVector<mlir::Value> indices;
  for (const ast::Expr *index : expr->getIntIndices())
    indices.push_back(emitExpr(index));
  return elementAddresses[expr] = {view, indices};
}

//===----------------------------------------------------------------------===//
// Conversions
//===----------------------------------------------------------------------===//

mlir::Value FunctionGen::castScalar(mlir::Value value, const Type &from,
                                    const Type &to, mlir::Location loc) {
  mlir::Type target = m.toMLIR(to);
  OverflowModeAttr mode;
  if (to.isInteger()) {
    // Conversions that cannot fail use `wrap` (exact here); only a u64 into
    // int, and a float into an integer, can raise. Explicit conversions to
    // a fixed width (`u8(x)`) wrap; `int(x)` checks.
    bool wrapInts = to.isFixedInteger();
    bool mayOverflow =
        from.isFloat() || (to.isInt() && from.is(ScalarKind::U64));
    mode = OverflowModeAttr::get(&m.context, (mayOverflow && !wrapInts)
                                                 ? OverflowMode::checked
                                                 : OverflowMode::wrap);
  }
  return CastOp::create(b, loc, target, mode, value);
}

mlir::Value FunctionGen::emitConvert(const ast::ConvertExpr *expr) {
  mlir::Location l = m.loc(expr->getLoc());
  const Type &from = expr->getOperand()->getType();
  const Type &to = expr->getType();
  mlir::Value value = emitExpr(expr->getOperand());
  // A contiguous view passed where any view of its kind is taken.
  if (from.isView())
    return mlir::UnrealizedConversionCastOp::create(b, l, m.toMLIR(to), value)
        .getResult(0);
  return castScalar(value, from, to, l);
}
