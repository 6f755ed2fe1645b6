//===- AST.cpp - PyIR abstract syntax tree ----------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file implements the out-of-line parts of the AST nodes.
//
//===----------------------------------------------------------------------===//

#include "pyir/Frontend/AST.h"

#include "llvm/Support/ErrorHandling.h"

#include <algorithm>

using namespace pyir::ast;

Node::~Node() = default;

//===----------------------------------------------------------------------===//
// Operator spellings
//===----------------------------------------------------------------------===//

llvm::StringRef pyir::ast::spelling(UnaryOpKind op) {
  switch (op) {
  case UnaryOpKind::Plus:
    return "+";
  case UnaryOpKind::Minus:
    return "-";
  case UnaryOpKind::Invert:
    return "~";
  case UnaryOpKind::Not:
    return "not";
  }
  llvm_unreachable("unknown unary operator");
}

llvm::StringRef pyir::ast::spelling(BinOpKind op) {
  switch (op) {
  case BinOpKind::Add:
    return "+";
  case BinOpKind::Sub:
    return "-";
  case BinOpKind::Mul:
    return "*";
  case BinOpKind::MatMul:
    return "@";
  case BinOpKind::Div:
    return "/";
  case BinOpKind::FloorDiv:
    return "//";
  case BinOpKind::Mod:
    return "%";
  case BinOpKind::Pow:
    return "**";
  case BinOpKind::LShift:
    return "<<";
  case BinOpKind::RShift:
    return ">>";
  case BinOpKind::BitOr:
    return "|";
  case BinOpKind::BitXor:
    return "^";
  case BinOpKind::BitAnd:
    return "&";
  }
  llvm_unreachable("unknown binary operator");
}

llvm::StringRef pyir::ast::spelling(BoolOpKind op) {
  return op == BoolOpKind::And ? "and" : "or";
}

llvm::StringRef pyir::ast::spelling(CmpOpKind op) {
  switch (op) {
  case CmpOpKind::Eq:
    return "==";
  case CmpOpKind::NotEq:
    return "!=";
  case CmpOpKind::Lt:
    return "<";
  case CmpOpKind::LtE:
    return "<=";
  case CmpOpKind::Gt:
    return ">";
  case CmpOpKind::GtE:
    return ">=";
  }
  llvm_unreachable("unknown comparison operator");
}

//===----------------------------------------------------------------------===//
// Expressions
//===----------------------------------------------------------------------===//

Expr::Expr(Kind kind, llvm::SMRange range,
           std::initializer_list<const Expr *> children)
    : Node(NodeClass::Expr, range), kind(kind) {
  for (const Expr *child : children)
    noteChild(child);
}

void Expr::noteChild(const Expr *child) {
  if (child)
    height = std::max(height, child->getHeight() + 1);
}

BoolOpExpr::BoolOpExpr(llvm::SMRange range, BoolOpKind op,
                       std::vector<Expr *> values)
    : Expr(Kind::BoolOp, range), op(op), values(std::move(values)) {
  for (Expr *value : this->values)
    noteChild(value);
}

CompareExpr::CompareExpr(llvm::SMRange range, Expr *left,
                         std::vector<CmpOpKind> ops,
                         std::vector<llvm::SMLoc> opLocs,
                         std::vector<Expr *> comparators)
    : Expr(Kind::Compare, range, {left}), left(left), ops(std::move(ops)),
      opLocs(std::move(opLocs)), comparators(std::move(comparators)) {
  for (Expr *value : this->comparators)
    noteChild(value);
}

CallExpr::CallExpr(llvm::SMRange range, Expr *func, std::vector<Expr *> args,
                   std::vector<Keyword> keywords)
    : Expr(Kind::Call, range, {func}), func(func), args(std::move(args)),
      keywords(std::move(keywords)) {
  for (Expr *arg : this->args)
    noteChild(arg);
  for (const Keyword &kw : this->keywords)
    noteChild(kw.value);
}

llvm::StringRef CallExpr::getCalleeName() const {
  if (auto *name = llvm::dyn_cast_or_null<NameExpr>(func))
    return name->getName();
  return "";
}

std::vector<Expr *> SubscriptExpr::getIndices() const {
  if (auto *tuple = llvm::dyn_cast_or_null<TupleExpr>(index))
    if (!tuple->isParenthesized())
      return std::vector<Expr *>(tuple->getElts().begin(),
                                 tuple->getElts().end());
  return {index};
}

static const Expr *stripConversions(const Expr *expr) {
  while (auto *convert = llvm::dyn_cast_or_null<ConvertExpr>(expr))
    expr = convert->getOperand();
  return expr;
}

bool pyir::ast::isFunctionCall(const Expr *expr) {
  auto *call = llvm::dyn_cast_or_null<CallExpr>(stripConversions(expr));
  return call && (call->getCallee() == CallExpr::Callee::Function ||
                  call->getCallee() == CallExpr::Callee::Imported);
}

bool pyir::ast::makesNewView(const Expr *expr) {
  expr = stripConversions(expr);
  if (isFunctionCall(expr))
    return true;
  if (auto *call = llvm::dyn_cast_or_null<CallExpr>(expr))
    return call->getCallee() == CallExpr::Callee::Alloc;
  // An element of a call's tuple: the call makes it.
  if (auto *element = llvm::dyn_cast_or_null<TupleElementExpr>(expr))
    return isFunctionCall(element->getTuple());
  auto *sub = llvm::dyn_cast_or_null<SubscriptExpr>(expr);
  return sub && sub->isSlice();
}

TupleExpr::TupleExpr(llvm::SMRange range, std::vector<Expr *> elts)
    : Expr(Kind::Tuple, range), elts(std::move(elts)) {
  for (Expr *elt : this->elts)
    noteChild(elt);
}

//===----------------------------------------------------------------------===//
// Statements and module
//===----------------------------------------------------------------------===//

std::optional<llvm::StringRef>
pyir::ast::getDocstring(llvm::ArrayRef<Stmt *> body) {
  if (body.empty())
    return std::nullopt;
  auto *stmt = llvm::dyn_cast<ExprStmt>(body.front());
  if (!stmt)
    return std::nullopt;
  auto *str = llvm::dyn_cast_or_null<StringLiteralExpr>(stmt->getValue());
  if (!str || str->isBytes())
    return std::nullopt;
  return str->getValue();
}

std::optional<llvm::StringRef> FunctionDefStmt::getDocstring() const {
  return pyir::ast::getDocstring(body);
}

std::optional<llvm::StringRef> Module::getDocstring() const {
  return pyir::ast::getDocstring(body);
}
