//===- ASTPrinter.cpp - PyIR AST printer ------------------------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file implements the AST printer used by `pyirc --emit=ast`. The format
// is stable and meant for FileCheck: `Kind [details] <line:col>`, children
// indented by two spaces; optional parts are introduced by a label line
// (`Annotation`, `Default`, `Returns`, `Body`, `OrElse`, ...).
//
//===----------------------------------------------------------------------===//

#include "pyir/Frontend/ASTPrinter.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdio>
#include <cstdlib>

using namespace pyir::ast;
using namespace pyir::frontend;

namespace {

/// The shortest spelling that reads back as `v`, like Python's repr:
/// 0.1 -> "0.1", 1.0 -> "1.0", 1e300 -> "1e+300".
std::string formatFloat(double v) {
  std::string s;
  for (int precision = 1; precision <= 17; ++precision) {
    char buf[40];
    std::snprintf(buf, sizeof(buf), "%.*g", precision, v);
    s = buf;
    if (std::strtod(s.c_str(), nullptr) == v)
      break;
  }
  if (s.find_first_of(".eni") == std::string::npos)
    s += ".0";
  return s;
}

class ASTPrinter {
public:
  ASTPrinter(const llvm::SourceMgr &sm, llvm::raw_ostream &os)
      : sm(sm), os(os) {}

  void print(const Module &m);
  void print(const Directive &d, unsigned indent);
  void print(const Stmt *s, unsigned indent);
  void print(const Expr *e, unsigned indent);
  /// What an expression is (`BinOp '+'`), on the current line.
  void printLabel(const Expr *e);
  /// Its operands, one level deeper.
  void printChildren(const Expr *e, unsigned indent);

private:
  llvm::raw_ostream &line(unsigned indent) {
    for (unsigned i = 0; i < indent; ++i)
      os << "  ";
    return os;
  }
  void loc(llvm::SMLoc l) {
    if (!l.isValid()) {
      os << " <?>\n";
      return;
    }
    auto [ln, col] = sm.getLineAndColumn(l);
    os << " <" << ln << ":" << col << ">\n";
  }
  void quoted(llvm::StringRef s) {
    os << '\'';
    llvm::printEscapedString(s, os);
    os << '\'';
  }
  void block(llvm::StringRef label, llvm::ArrayRef<Stmt *> body,
             unsigned indent) {
    line(indent) << label << "\n";
    for (const Stmt *s : body)
      print(s, indent + 1);
  }
  void labeled(llvm::StringRef label, const Expr *e, unsigned indent) {
    if (!e)
      return;
    line(indent) << label << "\n";
    print(e, indent + 1);
  }

  const llvm::SourceMgr &sm;
  llvm::raw_ostream &os;
};

} // namespace

void ASTPrinter::print(const Module &m) {
  line(0) << "Module ";
  quoted(m.getName());
  loc(m.getLoc());
  for (const Directive &d : m.getDirectives())
    print(d, 1);
  for (const Stmt *s : m.getBody())
    print(s, 1);
}

void ASTPrinter::print(const Directive &d, unsigned indent) {
  line(indent) << "Directive" << (d.atModuleLevel ? "" : " misplaced");
  loc(d.range.Start);
  for (const DirectiveItem &item : d.items) {
    line(indent + 1) << "Item ";
    quoted(item.key);
    os << " = ";
    quoted(item.value);
    loc(item.range.Start);
  }
}

void ASTPrinter::print(const Stmt *s, unsigned indent) {
  switch (s->getKind()) {
  case Stmt::Kind::Expr: {
    line(indent) << "ExprStmt";
    loc(s->getLoc());
    print(llvm::cast<ExprStmt>(s)->getValue(), indent + 1);
    return;
  }
  case Stmt::Kind::Assign: {
    auto *a = llvm::cast<AssignStmt>(s);
    line(indent) << "Assign";
    loc(s->getLoc());
    line(indent + 1) << "Targets\n";
    for (const Expr *t : a->getTargets())
      print(t, indent + 2);
    labeled("Value", a->getValue(), indent + 1);
    // Sema's stores: a target and the value it gets.
    for (const Binding &binding : a->getBindings()) {
      line(indent + 1) << "Binding\n";
      print(binding.target, indent + 2);
      print(binding.value, indent + 2);
    }
    return;
  }
  case Stmt::Kind::AnnAssign: {
    auto *a = llvm::cast<AnnAssignStmt>(s);
    line(indent) << "AnnAssign";
    loc(s->getLoc());
    labeled("Target", a->getTarget(), indent + 1);
    labeled("Annotation", a->getAnnotation(), indent + 1);
    labeled("Value", a->getValue(), indent + 1);
    return;
  }
  case Stmt::Kind::AugAssign: {
    auto *a = llvm::cast<AugAssignStmt>(s);
    line(indent) << "AugAssign '" << spelling(a->getOp()) << "='";
    loc(s->getLoc());
    print(a->getTarget(), indent + 1);
    print(a->getValue(), indent + 1);
    labeled("Result", a->getResult(), indent + 1);
    return;
  }
  case Stmt::Kind::Return: {
    line(indent) << "Return";
    loc(s->getLoc());
    if (const Expr *v = llvm::cast<ReturnStmt>(s)->getValue())
      print(v, indent + 1);
    return;
  }
  case Stmt::Kind::If: {
    auto *i = llvm::cast<IfStmt>(s);
    line(indent) << (i->isElif() ? "If (elif)" : "If");
    loc(s->getLoc());
    labeled("Test", i->getTest(), indent + 1);
    block("Body", i->getBody(), indent + 1);
    if (!i->getOrElse().empty())
      block("OrElse", i->getOrElse(), indent + 1);
    return;
  }
  case Stmt::Kind::While: {
    auto *w = llvm::cast<WhileStmt>(s);
    line(indent) << "While";
    loc(s->getLoc());
    labeled("Test", w->getTest(), indent + 1);
    block("Body", w->getBody(), indent + 1);
    if (!w->getOrElse().empty())
      block("OrElse", w->getOrElse(), indent + 1);
    return;
  }
  case Stmt::Kind::For: {
    auto *f = llvm::cast<ForStmt>(s);
    line(indent) << "For";
    loc(s->getLoc());
    labeled("Target", f->getTarget(), indent + 1);
    labeled("Iter", f->getIter(), indent + 1);
    if (f->isRange()) {
      line(indent + 1) << "Bounds\n";
      for (const Expr *bound : f->getRangeBounds())
        print(bound, indent + 2);
    }
    block("Body", f->getBody(), indent + 1);
    if (!f->getOrElse().empty())
      block("OrElse", f->getOrElse(), indent + 1);
    return;
  }
  case Stmt::Kind::Break:
    line(indent) << "Break";
    loc(s->getLoc());
    return;
  case Stmt::Kind::Continue:
    line(indent) << "Continue";
    loc(s->getLoc());
    return;
  case Stmt::Kind::Pass:
    line(indent) << "Pass";
    loc(s->getLoc());
    return;
  case Stmt::Kind::Assert: {
    auto *a = llvm::cast<AssertStmt>(s);
    line(indent) << "Assert";
    loc(s->getLoc());
    labeled("Test", a->getTest(), indent + 1);
    labeled("Msg", a->getMsg(), indent + 1);
    return;
  }
  case Stmt::Kind::Raise: {
    line(indent) << "Raise";
    loc(s->getLoc());
    if (const Expr *e = llvm::cast<RaiseStmt>(s)->getExc())
      print(e, indent + 1);
    return;
  }
  case Stmt::Kind::Import: {
    line(indent) << "Import";
    loc(s->getLoc());
    for (const Alias &a : llvm::cast<ImportStmt>(s)->getNames()) {
      line(indent + 1) << "Alias ";
      quoted(a.name);
      if (!a.asName.empty()) {
        os << " as ";
        quoted(a.asName);
      }
      loc(a.range.Start);
    }
    return;
  }
  case Stmt::Kind::ImportFrom: {
    auto *i = llvm::cast<ImportFromStmt>(s);
    line(indent) << "ImportFrom ";
    quoted(std::string(i->getLevel(), '.') + i->getModule().str());
    loc(s->getLoc());
    for (const Alias &a : i->getNames()) {
      line(indent + 1) << "Alias ";
      quoted(a.name);
      if (!a.asName.empty()) {
        os << " as ";
        quoted(a.asName);
      }
      loc(a.range.Start);
    }
    return;
  }
  case Stmt::Kind::FunctionDef: {
    auto *f = llvm::cast<FunctionDefStmt>(s);
    line(indent) << "FunctionDef ";
    quoted(f->getName());
    loc(s->getLoc());
    if (!f->getDecorators().empty()) {
      line(indent + 1) << "Decorators\n";
      for (const Expr *d : f->getDecorators())
        print(d, indent + 2);
    }
    for (const Param &p : f->getParams()) {
      line(indent + 1) << "Param ";
      quoted(p.name);
      loc(p.nameLoc);
      labeled("Annotation", p.annotation, indent + 2);
      labeled("Default", p.defaultValue, indent + 2);
    }
    labeled("Returns", f->getReturns(), indent + 1);
    block("Body", f->getBody(), indent + 1);
    return;
  }
  }
}

void ASTPrinter::print(const Expr *e, unsigned indent) {
  if (!e) {
    line(indent) << "<null>\n";
    return;
  }
  line(indent);
  printLabel(e);
  if (!e->getType().isError())
    os << " : " << e->getType().str();
  if (e->isParenthesized() && !llvm::isa<TupleExpr>(e))
    os << " (parens)";
  loc(e->getLoc());
  printChildren(e, indent);
}

void ASTPrinter::printLabel(const Expr *e) {
  switch (e->getKind()) {
  case Expr::Kind::IntLiteral: {
    auto *i = llvm::cast<IntLiteralExpr>(e);
    os << "Int " << llvm::toString(i->getValue(), 10, /*Signed=*/false);
    if (!i->fitsInt64())
      os << " (exceeds int64)";
    break;
  }
  case Expr::Kind::FloatLiteral:
    os << "Float " << formatFloat(llvm::cast<FloatLiteralExpr>(e)->getValue());
    break;
  case Expr::Kind::StringLiteral: {
    auto *str = llvm::cast<StringLiteralExpr>(e);
    os << (str->isBytes() ? "Bytes \"" : "Str \"");
    llvm::printEscapedString(str->getValue(), os);
    os << '"';
    break;
  }
  case Expr::Kind::BoolLiteral:
    os << "Bool "
       << (llvm::cast<BoolLiteralExpr>(e)->getValue() ? "True" : "False");
    break;
  case Expr::Kind::NoneLiteral:
    os << "None";
    break;
  case Expr::Kind::EllipsisLiteral:
    os << "Ellipsis";
    break;
  case Expr::Kind::Name:
    os << "Name ";
    quoted(llvm::cast<NameExpr>(e)->getName());
    break;
  case Expr::Kind::UnaryOp:
    os << "UnaryOp '" << spelling(llvm::cast<UnaryOpExpr>(e)->getOp()) << "'";
    break;
  case Expr::Kind::BinOp:
    os << "BinOp '" << spelling(llvm::cast<BinOpExpr>(e)->getOp()) << "'";
    break;
  case Expr::Kind::BoolOp:
    os << "BoolOp '" << spelling(llvm::cast<BoolOpExpr>(e)->getOp()) << "'";
    break;
  case Expr::Kind::Compare: {
    os << "Compare";
    for (CmpOpKind op : llvm::cast<CompareExpr>(e)->getOps())
      os << " '" << spelling(op) << "'";
    break;
  }
  case Expr::Kind::IfExp:
    os << "IfExp";
    break;
  case Expr::Kind::Call:
    os << "Call";
    break;
  case Expr::Kind::Attribute:
    os << "Attribute ";
    quoted(llvm::cast<AttributeExpr>(e)->getAttr());
    break;
  case Expr::Kind::Subscript:
    os << "Subscript";
    break;
  case Expr::Kind::Slice:
    os << "Slice";
    break;
  case Expr::Kind::Tuple:
    os << "Tuple";
    break;
  case Expr::Kind::Constant: {
    const pyir::frontend::ConstValue &c =
        llvm::cast<ConstantExpr>(e)->getValue();
    os << "Constant ";
    if (c.type.isFloat())
      os << formatFloat(c.floatValue);
    else if (c.type.isBool())
      os << (c.intValue.isZero() ? "False" : "True");
    else
      os << llvm::toString(c.intValue, 10, !c.type.isUnsigned());
    break;
  }
  case Expr::Kind::Convert:
    os << (llvm::cast<ConvertExpr>(e)->isExplicit() ? "Convert explicit"
                                                    : "Convert");
    break;
  case Expr::Kind::TupleElement:
    os << "TupleElement " << llvm::cast<TupleElementExpr>(e)->getIndex();
    break;
  }
}

void ASTPrinter::printChildren(const Expr *e, unsigned indent) {
  switch (e->getKind()) {
  case Expr::Kind::UnaryOp:
    print(llvm::cast<UnaryOpExpr>(e)->getOperand(), indent + 1);
    break;
  case Expr::Kind::BinOp:
    print(llvm::cast<BinOpExpr>(e)->getLHS(), indent + 1);
    print(llvm::cast<BinOpExpr>(e)->getRHS(), indent + 1);
    break;
  case Expr::Kind::BoolOp:
    for (const Expr *v : llvm::cast<BoolOpExpr>(e)->getValues())
      print(v, indent + 1);
    break;
  case Expr::Kind::Compare: {
    auto *c = llvm::cast<CompareExpr>(e);
    if (c->getType().isError()) {
      print(c->getLeft(), indent + 1);
      for (const Expr *v : c->getComparators())
        print(v, indent + 1);
      break;
    }
    // Typed: the operands of each comparison as Sema converted them.
    for (size_t i = 0; i < c->getComparators().size(); ++i) {
      line(indent + 1) << "Operands '" << spelling(c->getOps()[i]) << "'\n";
      print(c->getOperands(i).first, indent + 2);
      print(c->getOperands(i).second, indent + 2);
    }
    break;
  }
  case Expr::Kind::IfExp: {
    auto *i = llvm::cast<IfExpExpr>(e);
    labeled("Test", i->getTest(), indent + 1);
    labeled("Body", i->getBody(), indent + 1);
    labeled("OrElse", i->getOrElse(), indent + 1);
    break;
  }
  case Expr::Kind::Call: {
    auto *c = llvm::cast<CallExpr>(e);
    print(c->getFunc(), indent + 1);
    if (c->getCallee() != CallExpr::Callee::Unresolved) {
      // Typed: the converted arguments and the parameters they bind.
      for (const CallExpr::ResolvedArg &arg : c->getResolvedArgs())
        labeled("Arg " + std::to_string(arg.param), arg.value, indent + 1);
      break;
    }
    for (const Expr *a : c->getArgs())
      print(a, indent + 1);
    for (const Keyword &kw : c->getKeywords()) {
      line(indent + 1) << "Keyword ";
      quoted(kw.name);
      loc(kw.nameLoc);
      print(kw.value, indent + 2);
    }
    break;
  }
  case Expr::Kind::Attribute:
    print(llvm::cast<AttributeExpr>(e)->getValue(), indent + 1);
    break;
  case Expr::Kind::Subscript: {
    auto *sub = llvm::cast<SubscriptExpr>(e);
    if (!sub->getView()) {
      print(sub->getValue(), indent + 1);
      print(sub->getIndex(), indent + 1);
      break;
    }
    // Typed: the view, then its extent's axis or the `int` indices.
    print(sub->getView(), indent + 1);
    if (std::optional<unsigned> axis = sub->getShapeAxis())
      line(indent + 1) << "Axis " << *axis << "\n";
    for (const Expr *index : sub->getIntIndices())
      print(index, indent + 1);
    break;
  }
  case Expr::Kind::Slice: {
    auto *s = llvm::cast<SliceExpr>(e);
    labeled("Lower", s->getLower(), indent + 1);
    labeled("Upper", s->getUpper(), indent + 1);
    labeled("Step", s->getStep(), indent + 1);
    break;
  }
  case Expr::Kind::Tuple:
    for (const Expr *elt : llvm::cast<TupleExpr>(e)->getElts())
      print(elt, indent + 1);
    break;
  case Expr::Kind::Convert:
    print(llvm::cast<ConvertExpr>(e)->getOperand(), indent + 1);
    break;
  case Expr::Kind::TupleElement:
    print(llvm::cast<TupleElementExpr>(e)->getTuple(), indent + 1);
    break;
  default:
    break;
  }
}

void pyir::frontend::printAST(const Module &module,
                              const llvm::SourceMgr &sourceMgr,
                              llvm::raw_ostream &os) {
  ASTPrinter(sourceMgr, os).print(module);
}

void pyir::frontend::printAST(const Stmt &stmt,
                              const llvm::SourceMgr &sourceMgr,
                              llvm::raw_ostream &os, unsigned indent) {
  ASTPrinter(sourceMgr, os).print(&stmt, indent);
}

void pyir::frontend::printAST(const Expr &expr,
                              const llvm::SourceMgr &sourceMgr,
                              llvm::raw_ostream &os, unsigned indent) {
  ASTPrinter(sourceMgr, os).print(&expr, indent);
}
