//===- ConstantFolder.cpp - PyIR constant expressions -----------*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// This file folds the constant expressions of module constants and default
// values (language.md §3) with Python's semantics: ints are unbounded while
// folding (here: up to kBits bits, beyond which folding is refused) and must
// fit the constant's type at the end; `//` and `%` floor; `/` and `**` with a
// negative exponent give floats; errors Python would raise are diagnostics.
//
//===----------------------------------------------------------------------===//

#include "pyir/Dialect/PyIR/IR/Runtime.h"
#include "pyir/Frontend/Builtins.h"
#include "pyir/Frontend/Diagnostics.h"
#include "pyir/Frontend/Sema.h"

#include "llvm/ADT/APFloat.h"
#include "llvm/ADT/APSInt.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

#include <cmath>

using namespace pyir;
using namespace pyir::frontend;
using llvm::APInt;
using llvm::dyn_cast;

namespace {

/// Width of the folder's ints: far beyond any value a PyIR type holds, so
/// that intermediate results (`(1 << 64) - 1`) are exact.
constexpr unsigned kBits = 512;

/// A Python value while folding.
struct Folded {
  enum class Kind { Bool, Int, Float };
  Kind kind = Kind::Int;
  /// Bool (0/1) and Int, two's complement in kBits bits.
  APInt i = APInt(kBits, 0);
  double f = 0;
  /// The declared type of a module constant named by the whole expression
  /// (`Y = X` keeps X's fixed-width type); error type otherwise.
  Type declared = Type::error();

  static Folded ofInt(APInt value) {
    Folded v;
    v.kind = Kind::Int;
    v.i = std::move(value);
    return v;
  }
  static Folded ofFloat(double value) {
    Folded v;
    v.kind = Kind::Float;
    v.f = value;
    return v;
  }
  static Folded ofBool(bool value) {
    Folded v;
    v.kind = Kind::Bool;
    v.i = APInt(kBits, value);
    return v;
  }
  bool isFloat() const { return kind == Kind::Float; }
  bool truth() const { return isFloat() ? f != 0 : !i.isZero(); }
};

class ConstantFolder {
public:
  ConstantFolder(const ModuleInfo &info, DiagnosticEngine &diag, bool report)
      : info(info), diag(diag), report(report) {}

  std::optional<Folded> fold(const ast::Expr *expr);

private:
  /// Reports `id` at `expr` if this folder reports; no value either way.
  template <unsigned NumArgs, typename... Args>
  std::optional<Folded> fail(const ast::Expr *expr, diag::DiagID<NumArgs> id,
                             const Args &...args) {
    if (report)
      diag.report(expr->getRange(), id, args...);
    return std::nullopt;
  }
  std::optional<Folded> tooLarge(const ast::Expr *expr) {
    return fail(expr, diag::err_constant_too_large, kBits - 1);
  }
  std::optional<Folded> foldName(const ast::Expr *expr, llvm::StringRef name,
                                 bool isMathAttr);
  std::optional<Folded> foldUnary(const ast::UnaryOpExpr *expr);
  std::optional<Folded> foldBinary(const ast::Expr *expr, ast::BinOpKind op,
                                   Folded l, Folded r);
  std::optional<Folded> foldIntBinary(const ast::Expr *expr, ast::BinOpKind op,
                                      const APInt &x, const APInt &y);
  std::optional<Folded> foldFloatBinary(const ast::Expr *expr,
                                        ast::BinOpKind op, double x, double y);
  std::optional<Folded> foldCompare(const ast::CompareExpr *expr);
  std::optional<Folded> foldCall(const ast::CallExpr *expr);
  /// Python's float(int): correctly rounded; OverflowError beyond.
  std::optional<double> toFloat(const ast::Expr *expr, const Folded &v);

  const ModuleInfo &info;
  DiagnosticEngine &diag;
  bool report;
};

} // namespace

static std::optional<double> mathConstant(llvm::StringRef name) {
  std::optional<BuiltinID> id = lookupMathMember(name);
  if (!id)
    return std::nullopt;
  switch (*id) {
#define MATH_CONSTANT(ID, VALUE)                                               \
  case BI_math_##ID:                                                           \
    return VALUE;
#include "pyir/Frontend/Builtins.def"
  default:
    return std::nullopt;
  }
}

/// "int(), float(), ... and pow()": the builtins the folder evaluates.
static std::string foldedBuiltinNames() {
  llvm::SmallVector<std::string> names;
  for (unsigned id = 0; id < NumBuiltins; ++id)
    if (getBuiltinInfo(BuiltinID(id)).folded)
      names.push_back((getBuiltinInfo(BuiltinID(id)).name + "()").str());
  std::string last = names.pop_back_val();
  return llvm::join(names, ", ") + " and " + last;
}

/// The number of arguments `builtin` takes, e.g. "2 or more arguments".
static std::string describeArity(const BuiltinInfo &builtin) {
  std::string count = std::to_string(builtin.minArgs);
  if (builtin.isVariadic())
    return count + " or more arguments";
  if (builtin.maxArgs != builtin.minArgs)
    count += " to " + std::to_string(builtin.maxArgs);
  return count + (builtin.maxArgs == 1 ? " argument" : " arguments");
}

/// Python's float comparison of an int with a float, exactly (2**53 + 1 !=
/// 2.0**53): -1, 0, 1, or nullopt when `y` is NaN.
static std::optional<int> compareIntFloat(const APInt &x, double y) {
  if (std::isnan(y))
    return std::nullopt;
  if (std::isinf(y))
    return y > 0 ? -1 : 1;
  // Beyond every int of the folder, y's sign decides.
  if (std::fabs(y) >= std::ldexp(1.0, kBits - 1))
    return y > 0 ? -1 : 1;
  bool isExact = false;
  llvm::APSInt whole(kBits, /*isUnsigned=*/false);
  llvm::APFloat fy(y);
  fy.convertToInteger(whole, llvm::APFloat::rmTowardZero, &isExact);
  if (x.slt(whole))
    return -1;
  if (x.sgt(whole))
    return 1;
  // Same integral part: the fraction of y decides.
  double frac = y - std::trunc(y);
  return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

/// Compares two folded numbers like CPython: -1, 0, 1, or nullopt when one
/// is NaN.
static std::optional<int> compareFolded(const Folded &a, const Folded &b) {
  if (!a.isFloat() && !b.isFloat())
    return a.i.slt(b.i) ? -1 : a.i.sgt(b.i) ? 1 : 0;
  if (!a.isFloat())
    return compareIntFloat(a.i, b.f);
  if (!b.isFloat()) {
    std::optional<int> order = compareIntFloat(b.i, a.f);
    return order ? std::optional<int>(-*order) : std::nullopt;
  }
  if (std::isnan(a.f) || std::isnan(b.f))
    return std::nullopt;
  return a.f < b.f ? -1 : a.f > b.f ? 1 : 0;
}

static bool compareResult(ast::CmpOpKind op, std::optional<int> order) {
  if (!order)
    return op == ast::CmpOpKind::NotEq;
  switch (op) {
  case ast::CmpOpKind::Eq:
    return *order == 0;
  case ast::CmpOpKind::NotEq:
    return *order != 0;
  case ast::CmpOpKind::Lt:
    return *order < 0;
  case ast::CmpOpKind::LtE:
    return *order <= 0;
  case ast::CmpOpKind::Gt:
    return *order > 0;
  case ast::CmpOpKind::GtE:
    return *order >= 0;
  }
  return false;
}

std::optional<double> ConstantFolder::toFloat(const ast::Expr *expr,
                                              const Folded &v) {
  if (v.isFloat())
    return v.f;
  llvm::APFloat f(llvm::APFloat::IEEEdouble());
  llvm::APFloat::opStatus status = f.convertFromAPInt(
      v.i, /*IsSigned=*/true, llvm::APFloat::rmNearestTiesToEven);
  if (status & llvm::APFloat::opOverflow) {
    fail(expr, diag::err_constant_int_to_float_overflow);
    return std::nullopt;
  }
  return f.convertToDouble();
}

std::optional<Folded> ConstantFolder::foldName(const ast::Expr *expr,
                                               llvm::StringRef name,
                                               bool isMathAttr) {
  if (isMathAttr) {
    if (std::optional<double> c = mathConstant(name))
      return Folded::ofFloat(*c);
    return fail(expr, diag::err_not_a_constant);
  }
  auto it = info.globals.find(name);
  if (it != info.globals.end() &&
      it->second.kind == GlobalName::Kind::Constant) {
    const ConstValue &c = info.constants[it->second.index].value;
    Folded v;
    if (c.type.isFloat()) {
      v = Folded::ofFloat(c.floatValue);
    } else if (c.type.isBool()) {
      v = Folded::ofBool(!c.intValue.isZero());
    } else {
      v = Folded::ofInt(c.type.isUnsigned() ? c.intValue.zext(kBits)
                                            : c.intValue.sext(kBits));
    }
    v.declared = c.type;
    return v;
  }
  if (it != info.globals.end() &&
      it->second.kind == GlobalName::Kind::MathMember)
    if (std::optional<double> c = mathConstant(it->second.member))
      return Folded::ofFloat(*c);
  return fail(expr, diag::err_name_not_a_constant, name);
}

std::optional<Folded> ConstantFolder::fold(const ast::Expr *expr) {
  if (auto *lit = dyn_cast<ast::IntLiteralExpr>(expr)) {
    if (lit->getValue().getActiveBits() >= kBits)
      return fail(expr, diag::err_constant_literal_too_large);
    return Folded::ofInt(lit->getValue().zextOrTrunc(kBits));
  }
  if (auto *f = dyn_cast<ast::FloatLiteralExpr>(expr))
    return Folded::ofFloat(f->getValue());
  if (auto *b = dyn_cast<ast::BoolLiteralExpr>(expr))
    return Folded::ofBool(b->getValue());
  if (auto *n = dyn_cast<ast::NameExpr>(expr))
    return foldName(expr, n->getName(), /*isMathAttr=*/false);
  if (auto *a = dyn_cast<ast::AttributeExpr>(expr)) {
    auto *base = dyn_cast<ast::NameExpr>(a->getValue());
    auto it = base ? info.globals.find(base->getName()) : info.globals.end();
    if (it != info.globals.end() &&
        it->second.kind == GlobalName::Kind::MathModule)
      return foldName(expr, a->getAttr(), /*isMathAttr=*/true);
    return fail(expr, diag::err_not_a_constant);
  }
  if (auto *u = dyn_cast<ast::UnaryOpExpr>(expr))
    return foldUnary(u);
  if (auto *b = dyn_cast<ast::BinOpExpr>(expr)) {
    std::optional<Folded> l = fold(b->getLHS());
    if (!l)
      return std::nullopt;
    std::optional<Folded> r = fold(b->getRHS());
    if (!r)
      return std::nullopt;
    return foldBinary(expr, b->getOp(), *l, *r);
  }
  if (auto *c = dyn_cast<ast::CompareExpr>(expr))
    return foldCompare(c);
  if (auto *b = dyn_cast<ast::BoolOpExpr>(expr)) {
    // `a and b` / `a or b` is one of its operands, as in Python.
    bool isAnd = b->getOp() == ast::BoolOpKind::And;
    std::optional<Folded> v;
    for (const ast::Expr *operand : b->getValues()) {
      v = fold(operand);
      if (!v)
        return std::nullopt;
      if (v->truth() != isAnd)
        break;
    }
    v->declared = Type::error();
    return v;
  }
  if (auto *e = dyn_cast<ast::IfExpExpr>(expr)) {
    std::optional<Folded> test = fold(e->getTest());
    if (!test)
      return std::nullopt;
    std::optional<Folded> v =
        fold(test->truth() ? e->getBody() : e->getOrElse());
    if (v)
      v->declared = Type::error();
    return v;
  }
  if (auto *call = dyn_cast<ast::CallExpr>(expr))
    return foldCall(call);
  return fail(expr, diag::err_not_a_constant_expression);
}

std::optional<Folded> ConstantFolder::foldUnary(const ast::UnaryOpExpr *expr) {
  std::optional<Folded> v = fold(expr->getOperand());
  if (!v)
    return std::nullopt;
  v->declared = Type::error();
  switch (expr->getOp()) {
  case ast::UnaryOpKind::Not:
    return Folded::ofBool(!v->truth());
  case ast::UnaryOpKind::Plus:
    if (v->isFloat())
      return v;
    return Folded::ofInt(v->i);
  case ast::UnaryOpKind::Minus:
    if (v->isFloat())
      return Folded::ofFloat(-v->f);
    return Folded::ofInt(-v->i);
  case ast::UnaryOpKind::Invert:
    if (v->isFloat())
      return fail(expr, diag::err_bad_unary_operand_type, "~", "float");
    return Folded::ofInt(~v->i);
  }
  return std::nullopt;
}

std::optional<Folded> ConstantFolder::foldBinary(const ast::Expr *expr,
                                                 ast::BinOpKind op, Folded l,
                                                 Folded r) {
  bool bitwise = op == ast::BinOpKind::BitAnd || op == ast::BinOpKind::BitOr ||
                 op == ast::BinOpKind::BitXor;
  if (bitwise && l.kind == Folded::Kind::Bool && r.kind == Folded::Kind::Bool) {
    bool x = l.truth(), y = r.truth();
    return Folded::ofBool(op == ast::BinOpKind::BitAnd  ? x && y
                          : op == ast::BinOpKind::BitOr ? x || y
                                                        : x != y);
  }
  if (op == ast::BinOpKind::MatMul)
    return fail(expr, diag::err_constant_unsupported_operation);
  if (!l.isFloat() && !r.isFloat())
    return foldIntBinary(expr, op, l.i, r.i);
  bool shift = op == ast::BinOpKind::LShift || op == ast::BinOpKind::RShift;
  if (bitwise || shift)
    return fail(expr, diag::err_constant_float_operand, ast::spelling(op));
  std::optional<double> x = toFloat(expr, l);
  if (!x)
    return std::nullopt;
  std::optional<double> y = toFloat(expr, r);
  if (!y)
    return std::nullopt;
  return foldFloatBinary(expr, op, *x, *y);
}

std::optional<Folded> ConstantFolder::foldIntBinary(const ast::Expr *expr,
                                                    ast::BinOpKind op,
                                                    const APInt &x,
                                                    const APInt &y) {
  bool overflow = false;
  APInt z;
  switch (op) {
  case ast::BinOpKind::Add:
    z = x.sadd_ov(y, overflow);
    break;
  case ast::BinOpKind::Sub:
    z = x.ssub_ov(y, overflow);
    break;
  case ast::BinOpKind::Mul:
    z = x.smul_ov(y, overflow);
    break;
  case ast::BinOpKind::FloorDiv:
  case ast::BinOpKind::Mod: {
    if (y.isZero())
      return fail(expr, diag::err_constant_int_division_by_zero);
    APInt q = x.sdiv_ov(y, overflow), m = x.srem(y);
    if (!m.isZero() && m.isNegative() != y.isNegative()) {
      q -= 1;
      m += y;
    }
    z = op == ast::BinOpKind::FloorDiv ? q : m;
    break;
  }
  case ast::BinOpKind::Div: {
    if (y.isZero())
      return fail(expr, diag::err_constant_division_by_zero);
    // Exact operands give CPython's correctly rounded quotient.
    APInt limit = APInt(kBits, 1).shl(53);
    if (x.abs().ugt(limit) || y.abs().ugt(limit))
      return fail(expr, diag::err_constant_wide_int_division);
    return Folded::ofFloat(double(x.getSExtValue()) / double(y.getSExtValue()));
  }
  case ast::BinOpKind::Pow: {
    if (y.isNegative()) {
      // CPython: int ** negative int is a float power.
      std::optional<double> fx = toFloat(expr, Folded::ofInt(x));
      std::optional<double> fy = toFloat(expr, Folded::ofInt(y));
      if (!fx || !fy)
        return std::nullopt;
      return foldFloatBinary(expr, op, *fx, *fy);
    }
    z = APInt(kBits, 1);
    if (x.isZero() || x.isOne() || x.isAllOnes()) {
      z = x.isZero()           ? APInt(kBits, y.isZero())
          : x.isOne() || !y[0] ? APInt(kBits, 1)
                               : x;
      break;
    }
    // |x| >= 2: the exponent is below kBits or the result is too large.
    if (y.uge(kBits))
      return tooLarge(expr);
    for (uint64_t n = y.getZExtValue(); n && !overflow; --n)
      z = z.smul_ov(x, overflow);
    break;
  }
  case ast::BinOpKind::LShift:
    if (y.isNegative())
      return fail(expr, diag::err_constant_negative_shift);
    if (x.isZero()) {
      z = x;
      break;
    }
    if (y.uge(kBits))
      return tooLarge(expr);
    z = x.sshl_ov(y, overflow);
    break;
  case ast::BinOpKind::RShift:
    if (y.isNegative())
      return fail(expr, diag::err_constant_negative_shift);
    z = x.ashr(y.uge(kBits) ? kBits - 1 : y.getZExtValue());
    break;
  case ast::BinOpKind::BitAnd:
    z = x & y;
    break;
  case ast::BinOpKind::BitOr:
    z = x | y;
    break;
  case ast::BinOpKind::BitXor:
    z = x ^ y;
    break;
  case ast::BinOpKind::MatMul:
    return fail(expr, diag::err_constant_unsupported_operation);
  }
  if (overflow)
    return tooLarge(expr);
  return Folded::ofInt(z);
}

std::optional<Folded> ConstantFolder::foldFloatBinary(const ast::Expr *expr,
                                                      ast::BinOpKind op,
                                                      double x, double y) {
  switch (op) {
  case ast::BinOpKind::Add:
    return Folded::ofFloat(x + y);
  case ast::BinOpKind::Sub:
    return Folded::ofFloat(x - y);
  case ast::BinOpKind::Mul:
    return Folded::ofFloat(x * y);
  case ast::BinOpKind::Div:
    if (y == 0)
      return fail(expr, diag::err_constant_float_division_by_zero);
    return Folded::ofFloat(x / y);
  case ast::BinOpKind::FloorDiv:
  case ast::BinOpKind::Mod: {
    if (y == 0)
      return fail(expr, diag::err_constant_float_floor_division_by_zero);
    // The C runtime's float // and %, which the compiled code runs too.
    std::optional<double> result = pyir::evalRuntimeFloatBinary(
        op == ast::BinOpKind::FloorDiv ? "floordiv" : "mod", x, y);
    assert(result && "a non-zero divisor does not raise");
    return Folded::ofFloat(*result);
  }
  case ast::BinOpKind::Pow: {
    // CPython's float_pow: C99 pow() for the special values, errors where
    // Python raises.
    bool finite = std::isfinite(x) && std::isfinite(y);
    if (x == 0 && y < 0)
      return fail(expr, diag::err_constant_zero_to_negative_power);
    if (finite && x < 0 && y != std::floor(y))
      return fail(expr, diag::err_constant_complex_power);
    double z = std::pow(x, y);
    if (finite && std::isinf(z))
      return fail(expr, diag::err_constant_float_power_overflow);
    return Folded::ofFloat(z);
  }
  default:
    return fail(expr, diag::err_constant_float_operand, ast::spelling(op));
  }
}

std::optional<Folded>
ConstantFolder::foldCompare(const ast::CompareExpr *expr) {
  // Chained: a < b < c is a < b and b < c.
  std::optional<Folded> lhs = fold(expr->getLeft());
  if (!lhs)
    return std::nullopt;
  for (auto [op, comparator] :
       llvm::zip_equal(expr->getOps(), expr->getComparators())) {
    std::optional<Folded> rhs = fold(comparator);
    if (!rhs)
      return std::nullopt;
    std::optional<int> order = compareFolded(*lhs, *rhs);
    if (!compareResult(op, order))
      return Folded::ofBool(false);
    lhs = rhs;
  }
  return Folded::ofBool(true);
}

std::optional<Folded> ConstantFolder::foldCall(const ast::CallExpr *expr) {
  llvm::StringRef name = expr->getCalleeName();
  auto *callee = dyn_cast<ast::NameExpr>(expr->getFunc());
  size_t arity = expr->getArgs().size();
  std::optional<BuiltinID> id;
  if (callee && !info.globals.count(name))
    id = lookupBuiltin(name);
  if (!id || !getBuiltinInfo(*id).folded || !expr->getKeywords().empty())
    return fail(expr, diag::err_constant_call_not_folded, foldedBuiltinNames());
  const BuiltinInfo &builtin = getBuiltinInfo(*id);
  if (arity < builtin.minArgs || arity > builtin.maxArgs)
    return fail(expr, diag::err_constant_call_arity, name,
                describeArity(builtin));
  llvm::SmallVector<Folded, 2> args;
  for (const ast::Expr *arg : expr->getArgs()) {
    std::optional<Folded> v = fold(arg);
    if (!v)
      return std::nullopt;
    v->declared = Type::error();
    args.push_back(*v);
  }
  Folded &x = args[0];
  switch (*id) {
  case BI_pow:
    return foldBinary(expr, ast::BinOpKind::Pow, x, args[1]);
  case BI_bool:
    return Folded::ofBool(x.truth());
  case BI_float: {
    std::optional<double> f = toFloat(expr, x);
    if (!f)
      return std::nullopt;
    return Folded::ofFloat(*f);
  }
  case BI_abs:
    return x.isFloat() ? Folded::ofFloat(std::fabs(x.f))
                       : Folded::ofInt(x.i.abs());
  case BI_int: {
    if (!x.isFloat())
      return Folded::ofInt(x.i);
    if (std::isnan(x.f))
      return fail(expr, diag::err_constant_nan_to_int);
    if (std::isinf(x.f))
      return fail(expr, diag::err_constant_infinity_to_int);
    llvm::APSInt whole(kBits, /*isUnsigned=*/false);
    bool isExact = false;
    if (llvm::APFloat(x.f).convertToInteger(whole, llvm::APFloat::rmTowardZero,
                                            &isExact) &
        llvm::APFloat::opInvalidOp)
      return tooLarge(expr);
    return Folded::ofInt(whole);
  }
  case BI_min:
  case BI_max: {
    // The first of equal values; a later value replaces the result only
    // when it compares strictly better (NaN never does), as in CPython.
    bool isMax = *id == BI_max;
    Folded best = x;
    for (const Folded &next : llvm::drop_begin(args)) {
      std::optional<int> order = compareFolded(next, best);
      if (compareResult(isMax ? ast::CmpOpKind::Gt : ast::CmpOpKind::Lt, order))
        best = next;
    }
    return best;
  }
  default:
    llvm_unreachable("a FOLDED row of Builtins.def without its case here");
  }
}

std::optional<ConstValue> Sema::evaluateConstant(const ast::Expr *expr,
                                                 const ModuleInfo &info,
                                                 bool report, Type expected) {
  std::optional<Folded> v = ConstantFolder(info, diag, report).fold(expr);
  if (!v)
    return std::nullopt;
  if (v->isFloat()) {
    ConstValue c{Type::floating()};
    c.floatValue = v->f;
    if (v->declared.isFloat())
      c.type = v->declared;
    return c;
  }
  if (v->kind == Folded::Kind::Bool) {
    ConstValue c{Type::boolean()};
    c.intValue = v->i.trunc(64);
    return c;
  }
  // An int takes the fixed-width type it is declared with (as a module
  // constant's annotation, a parameter's type, or the constant it names)
  // and must fit it; else it is an `int`.
  Type type = expected.isFixedInteger()      ? expected
              : v->declared.isFixedInteger() ? v->declared
                                             : Type::integer();
  if (type.isFixedInteger() ? !literalFits(v->i, type.getScalarKind())
                            : !v->i.isSignedIntN(64)) {
    if (report)
      diag.report(expr->getRange(), diag::err_constant_does_not_fit,
                  llvm::toString(v->i, 10, true),
                  type.isInt() ? "int (64-bit signed)" : type.str());
    return std::nullopt;
  }
  ConstValue c{type};
  c.intValue = v->i.trunc(64);
  return c;
}
