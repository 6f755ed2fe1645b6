//===- SemaTypes.cpp - Annotations, literals, operator types -----*- C++
//-*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// The type rules of language.md §2 that Sema gives IRGen: annotations to
// types, integer literals and where they fit, the operand and result types
// of binary operators, and what may be assigned to what.
//
//===----------------------------------------------------------------------===//

#include "pyir/Frontend/Sema.h"

#include "pyir/Frontend/Diagnostics.h"

using namespace pyir;
using namespace pyir::frontend;
using llvm::APInt;
using llvm::dyn_cast;
using llvm::isa;

//===----------------------------------------------------------------------===//
// Annotations
//===----------------------------------------------------------------------===//

/// Resolves a name or `pyir.x` / `math.x` attribute to the member it denotes
/// in the pyir module ("" if it is not one).
static std::string getPyIRMember(const ast::Expr *expr,
                                 const ModuleInfo &info) {
  if (auto *n = dyn_cast<ast::NameExpr>(expr)) {
    auto it = info.globals.find(n->getName());
    if (it != info.globals.end() &&
        it->second.kind == GlobalName::Kind::PyIRMember)
      return it->second.member;
    return "";
  }
  if (auto *a = dyn_cast<ast::AttributeExpr>(expr))
    if (auto *base = dyn_cast<ast::NameExpr>(a->getValue())) {
      auto it = info.globals.find(base->getName());
      if (it != info.globals.end() &&
          it->second.kind == GlobalName::Kind::PyIRModule)
        return a->getAttr().str();
    }
  return "";
}

llvm::StringRef pyir::frontend::getTypeVarSpelling(ScalarKind kind) {
  return kind == ScalarKind::Float ? "f64" : getName(kind);
}

std::string pyir::frontend::getMangledName(llvm::StringRef name,
                                           const TypeBinding &binding) {
  std::string result = name.str() + "_";
  for (const auto &[var, kind] : binding)
    result += "_" + getTypeVarSpelling(kind).str();
  return result;
}

std::optional<ScalarKind> Sema::getBoundType(unsigned typeVar,
                                             const ModuleInfo &info,
                                             llvm::SMRange range) {
  if (binding)
    for (const auto &[var, kind] : *binding)
      if (var == typeVar)
        return kind;
  diag.report(range, diag::err_typevar_outside_generic,
              info.typeVars[typeVar].name);
  return std::nullopt;
}

std::optional<ScalarKind> Sema::resolveScalar(const ast::Expr *expr,
                                              const ModuleInfo &info) {
  if (auto *n = dyn_cast<ast::NameExpr>(expr)) {
    auto it = info.globals.find(n->getName());
    if (it == info.globals.end()) {
      if (n->getName() == "int")
        return ScalarKind::Int;
      if (n->getName() == "float")
        return ScalarKind::Float;
      if (n->getName() == "bool")
        return ScalarKind::Bool;
    } else if (it->second.kind == GlobalName::Kind::TypeVar) {
      return getBoundType(it->second.index, info, expr->getRange());
    }
  }
  ScalarKind kind;
  std::string member = getPyIRMember(expr, info);
  if (!member.empty() && lookupPyIRTypeName(member, kind))
    return kind;
  return std::nullopt;
}

/// The type variable `expr` names, if it names one.
static const GlobalName *getTypeVar(const ast::Expr *expr,
                                    const ModuleInfo &info) {
  if (auto *n = dyn_cast<ast::NameExpr>(expr)) {
    auto it = info.globals.find(n->getName());
    if (it != info.globals.end() &&
        it->second.kind == GlobalName::Kind::TypeVar)
      return &it->second;
  }
  return nullptr;
}

Type Sema::resolveAnnotation(const ast::Expr *annotation,
                             const ModuleInfo &info, bool allowNone) {
  if (isa<ast::NoneLiteralExpr>(annotation)) {
    if (allowNone)
      return Type::none();
    diag.report(annotation->getRange(), diag::err_none_annotation);
    return Type::error();
  }
  if (getTypeVar(annotation, info)) {
    std::optional<ScalarKind> kind = resolveScalar(annotation, info);
    return kind ? Type::scalar(*kind) : Type::error();
  }
  if (std::optional<ScalarKind> kind = resolveScalar(annotation, info))
    return Type::scalar(*kind);
  if (auto *sub = dyn_cast<ast::SubscriptExpr>(annotation)) {
    // tuple[A, B, ...]
    if (auto *n = dyn_cast<ast::NameExpr>(sub->getValue());
        n && n->getName() == "tuple" && !info.globals.count("tuple")) {
      std::vector<Type> elements;
      for (const ast::Expr *e : sub->getIndices()) {
        Type t = resolveAnnotation(e, info, false);
        if (t.isError())
          return t;
        if (!t.isScalar() && !t.isView()) {
          diag.report(e->getRange(), diag::err_tuple_annotation_element);
          return Type::error();
        }
        elements.push_back(t);
      }
      if (elements.size() < 2) {
        diag.report(annotation->getRange(),
                    diag::err_tuple_annotation_too_short);
        return Type::error();
      }
      return Type::tuple(std::move(elements));
    }
    // T[:], T[:, ::1], ...
    if (const GlobalName *tv = getTypeVar(sub->getValue(), info))
      for (ScalarKind c : info.typeVars[tv->index].constraints)
        if (c == ScalarKind::Int || c == ScalarKind::Bool) {
          diag.report(sub->getValue()->getRange(),
                      diag::err_typevar_view_element,
                      info.typeVars[tv->index].name, getName(c));
          return Type::error();
        }
    std::optional<ScalarKind> element = resolveScalar(sub->getValue(), info);
    std::string member = getPyIRMember(sub->getValue(), info);
    if (!element && getTypeVar(sub->getValue(), info))
      return Type::error(); // unbound: reported
    if (!element || (member.empty() && !getTypeVar(sub->getValue(), info))) {
      diag.report(annotation->getRange(), diag::err_view_annotation_element);
      return Type::error();
    }
    std::vector<ast::Expr *> dims = sub->getIndices();
    if (dims.empty() || dims.size() > 4) {
      diag.report(annotation->getRange(), diag::err_view_annotation_rank);
      return Type::error();
    }
    bool contiguous = false;
    for (size_t i = 0; i < dims.size(); ++i) {
      auto *slice = dyn_cast<ast::SliceExpr>(dims[i]);
      bool plain = slice && !slice->getLower() && !slice->getUpper() &&
                   !slice->getStep();
      std::optional<APInt> step = slice && slice->getStep()
                                      ? getIntLiteral(slice->getStep())
                                      : std::nullopt;
      bool unit = slice && !slice->getLower() && !slice->getUpper() && step &&
                  *step == 1;
      if (unit && i + 1 == dims.size()) {
        contiguous = true;
        continue;
      }
      if (!plain) {
        diag.report(dims[i]->getRange(),
                    unit ? diag::err_contiguous_axis_not_last
                         : diag::err_invalid_view_axis);
        return Type::error();
      }
    }
    return Type::view(*element, dims.size(), contiguous);
  }
  diag.report(annotation->getRange(), diag::err_unsupported_annotation);
  return Type::error();
}

//===----------------------------------------------------------------------===//
// Constants
//===----------------------------------------------------------------------===//

std::optional<APInt> Sema::getIntLiteral(const ast::Expr *expr) {
  bool negate = false;
  if (auto *u = dyn_cast<ast::UnaryOpExpr>(expr)) {
    if (u->getOp() != ast::UnaryOpKind::Minus)
      return std::nullopt;
    negate = true;
    expr = u->getOperand();
  }
  auto *lit = dyn_cast<ast::IntLiteralExpr>(expr);
  if (!lit)
    return std::nullopt;
  APInt value =
      lit->getValue().zext(std::max(lit->getValue().getBitWidth(), 64u) + 1);
  return negate ? -value : value;
}

bool Sema::literalFits(const APInt &value, ScalarKind kind) {
  unsigned width = getBitWidth(kind);
  bool isUnsigned = Type::scalar(kind).isUnsigned();
  unsigned bits = value.getBitWidth();
  APInt wide = value.sext(std::max(bits, 130u));
  if (isUnsigned)
    return !wide.isNegative() && wide.getActiveBits() <= width;
  return wide.getSignificantBits() <= width;
}

//===----------------------------------------------------------------------===//
// Type rules
//===----------------------------------------------------------------------===//

/// The wider of two fixed-width integer kinds (same width, mixed
/// signedness: the unsigned one).
static ScalarKind widerFixed(ScalarKind a, ScalarKind b) {
  unsigned wa = getBitWidth(a), wb = getBitWidth(b);
  if (wa != wb)
    return wa > wb ? a : b;
  return Type::scalar(a).isUnsigned() ? a : b;
}

Type Sema::getOperandType(ast::BinOpKind op, Type lhs, Type rhs,
                          bool lhsLiteral, bool rhsLiteral,
                          llvm::SMRange range) {
  if (lhs.isError() || rhs.isError())
    return Type::error();
  bool bitwise = op == ast::BinOpKind::BitAnd || op == ast::BinOpKind::BitOr ||
                 op == ast::BinOpKind::BitXor;
  if (bitwise && lhs.isBool() && rhs.isBool())
    return Type::boolean();
  if (lhs.isBool())
    lhs = Type::integer();
  if (rhs.isBool())
    rhs = Type::integer();
  auto unsupported = [&]() {
    diag.report(range, diag::err_unsupported_operand_types, ast::spelling(op),
                lhs.str(), rhs.str());
    return Type::error();
  };
  if (!lhs.isNumeric() || !rhs.isNumeric() || op == ast::BinOpKind::MatMul)
    return unsupported();
  bool shift = op == ast::BinOpKind::LShift || op == ast::BinOpKind::RShift;
  if ((bitwise || shift) && (lhs.isFloat() || rhs.isFloat()))
    return unsupported();
  if (lhs.isFloat() || rhs.isFloat()) {
    if (lhs.is(ScalarKind::F32) && rhs.is(ScalarKind::F32))
      return lhs;
    return Type::floating();
  }
  if (lhs == rhs)
    return lhs;
  if (lhs.isFixedInteger() && rhs.isFixedInteger())
    return Type::scalar(widerFixed(lhs.getScalarKind(), rhs.getScalarKind()));
  // int meets a fixed width: a literal takes the fixed type, anything else
  // makes the operation an `int` one.
  if (lhs.isInt() && lhsLiteral)
    return rhs;
  if (rhs.isInt() && rhsLiteral)
    return lhs;
  return Type::integer();
}

Type Sema::getResultType(ast::BinOpKind op, Type operandType) {
  if (op == ast::BinOpKind::Div && !operandType.isError())
    return operandType.is(ScalarKind::F32) ? operandType : Type::floating();
  return operandType;
}

bool Sema::isAssignable(Type to, Type from,
                        const std::optional<APInt> &literal) {
  if (to.isError() || from.isError() || to == from)
    return true;
  // A contiguous view passes for a strided one of its element type and rank.
  if (to.isView() && from.isView())
    return to.getScalarKind() == from.getScalarKind() &&
           to.getRank() == from.getRank() && !to.isContiguous();
  if (!to.isScalar() || !from.isScalar())
    return false;
  if (to.is(ScalarKind::Float))
    return from.isInteger() || from.is(ScalarKind::F32);
  if (to.is(ScalarKind::F32))
    return from.isInt() && literal &&
           literal->abs().ule(APInt(literal->getBitWidth(), 1 << 24));
  if (to.isFixedInteger() && from.isInt() && literal)
    return literalFits(*literal, to.getScalarKind());
  // `int` and i64 hold the same values: storing one in the other loses
  // nothing (the i64 then wraps in its own arithmetic, as declared).
  if (to.is(ScalarKind::I64) && from.isInt())
    return true;
  if (to.isInteger() && from.isFixedInteger()) {
    if (to.isInt())
      return true;
    unsigned wt = getBitWidth(to.getScalarKind()),
             wf = getBitWidth(from.getScalarKind());
    if (to.isUnsigned() == from.isUnsigned())
      return wt > wf;
    return !to.isUnsigned() && wt > wf;
  }
  return false;
}
