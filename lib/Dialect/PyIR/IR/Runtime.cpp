//===- Runtime.cpp - Evaluating pyir ops with the C runtime -----*- C++ -*-===//
//
// Part of the PyIR project.
//
//===----------------------------------------------------------------------===//
//
// pyir_core.h is valid C++17 with internal linkage only, so the compiler
// includes it and calls the very functions generated code calls.
//
//===----------------------------------------------------------------------===//

#include "pyir/Dialect/PyIR/IR/Runtime.h"

#include "pyir/Dialect/PyIR/IR/PyIRDialect.h"
#include "pyir/Dialect/PyIR/IR/PyIROps.h"
#include "pyir/Dialect/PyIR/IR/PyIRTypes.h"
#include "pyir/Runtime/pyir_core.h"

#include "mlir/IR/BuiltinTypes.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSwitch.h"
#include "llvm/ADT/TypeSwitch.h"

#include <string_view>

using namespace mlir;
using namespace pyir;

std::string pyir::getRuntimeFixedName(Type type) {
  if (auto intType = dyn_cast<IntegerType>(type)) {
    if (intType.getWidth() == 1)
      return "";
    return (intType.isUnsigned() ? "u" : "i") +
           std::to_string(intType.getWidth());
  }
  if (type.isF64())
    return "f64";
  if (type.isF32())
    return "f32";
  return "";
}

std::string pyir::getRuntimeFamily(Type type,
                                   std::optional<OverflowMode> mode) {
  auto intType = dyn_cast<IntegerType>(type);
  if (intType && intType.isSignless() && intType.getWidth() == 64)
    return mode && *mode == OverflowMode::wrap ? "i64" : "int";
  if (type.isF64())
    return "float";
  return getRuntimeFixedName(type);
}

namespace {

// Calls of the two shapes of runtime functions: those that cannot raise
// return their result; the others return -1 when they raise (std::nullopt
// here: a fold must keep the exception).
template <typename T, typename R>
std::optional<R> call(R (*fn)(T, T), T a, T b) {
  return fn(a, b);
}
template <typename T, typename R>
std::optional<R> call(int (*fn)(T, T, R *, pyir_error *), T a, T b) {
  R out;
  pyir_error err;
  if (fn(a, b, &out, &err) != 0)
    return std::nullopt;
  return out;
}
template <typename T>
std::optional<T> call(T (*fn)(T), T a) {
  return fn(a);
}
template <typename T>
std::optional<T> call(int (*fn)(T, T *, pyir_error *), T a) {
  T out;
  pyir_error err;
  if (fn(a, &out, &err) != 0)
    return std::nullopt;
  return out;
}

template <typename T>
T toHost(const APInt &value) {
  return std::is_signed_v<T> ? T(value.getSExtValue())
                             : T(value.getZExtValue());
}

/// A runtime result back as an APInt of `width` bits (nullopt: it raised).
template <typename T>
std::optional<APInt> fromHost(std::optional<T> value, unsigned width) {
  if (!value)
    return std::nullopt;
  return APInt(width, uint64_t(*value), std::is_signed_v<T>);
}

/// The checks of a binary integer entry the runtime leaves to the caller:
/// C division (cdivision) by zero, and INT_MIN / -1, are undefined.
template <typename T>
bool isDefined(StringRef entry, T a, T b) {
  if (entry != "cdiv" && entry != "cmod")
    return true;
  if (b == 0)
    return false;
  return !(std::is_signed_v<T> && b == T(-1) &&
           a == std::numeric_limits<T>::min());
}

} // namespace

//===----------------------------------------------------------------------===//
// The table
//===----------------------------------------------------------------------===//

namespace {
/// The exception kind (PYIR_EXC_*) of message `id` (a PYIR_MSG_* name), or
/// -1.
constexpr int getMessageKind(std::string_view id) {
#define PYIR_MESSAGE_KIND(ID, KIND, TEXT)                                      \
  if (id == #ID)                                                               \
    return PYIR_EXC_##KIND;
  PYIR_MESSAGES(PYIR_MESSAGE_KIND)
#undef PYIR_MESSAGE_KIND
  return -1;
}

/// The bit of a name that is no message of pyir_errors.h.
constexpr uint64_t kUnknownMessage = uint64_t(1) << 63;

/// The kinds of the messages `ids` (space-separated) as bits, with
/// kUnknownMessage for a name pyir_errors.h does not define.
constexpr uint64_t getKindMask(std::string_view ids) {
  uint64_t mask = 0;
  while (!ids.empty()) {
    size_t end = ids.find(' ');
    int kind = getMessageKind(ids.substr(0, end));
    mask |= kind < 0 ? kUnknownMessage : uint64_t(1) << kind;
    ids = end == std::string_view::npos ? "" : ids.substr(end + 1);
  }
  return mask;
}
} // namespace

// A typo in pyir_entries.h does not compile.
#define PYIR_RUNTIME_FUNCTION(FAMILY, T, ENTRY, ARITY, OPERANDS, SHAPE,        \
                              RESULT, RAISES)                                  \
  static_assert(!(getKindMask(RAISES) & kUnknownMessage),                      \
                "pyir_entries.h: " #FAMILY " " #ENTRY                          \
                " raises a message pyir_errors.h does not define");
PYIR_RUNTIME_FUNCTIONS
#undef PYIR_RUNTIME_FUNCTION

// The runtime's predicates are the dialect's, in its order.
#define PYIR_CHECK_PREDICATE(NAME, UPPER)                                      \
  static_assert(PYIR_CMP_##UPPER == int(CmpPredicate::NAME),                   \
                "pyir_entries.h: PYIR_CMP_PREDICATES is not CmpPredicate");
PYIR_CMP_PREDICATES(PYIR_CHECK_PREDICATE)
#undef PYIR_CHECK_PREDICATE

#define PYIR__SHAPE_PURE false
#define PYIR__SHAPE_RAISING true
#define PYIR__RESULT_SAME RuntimeResult::Same
#define PYIR__RESULT_F64 RuntimeResult::F64
#define PYIR__RESULT_I64 RuntimeResult::I64
#define PYIR__RESULT_BOOL RuntimeResult::Bool
// The operands' C types as strings: (int64_t, double) -> {"int64_t",
// "double"}.
#define PYIR__STRINGS_1(A)                                                     \
  { #A }
#define PYIR__STRINGS_2(A, B)                                                  \
  { #A, #B }
#define PYIR__STRINGS_3(A, B, C)                                               \
  { #A, #B, #C }
#define PYIR__STRINGS_4(A, B, C, D)                                            \
  { #A, #B, #C, #D }
#define PYIR_RUNTIME_FUNCTION(FAMILY, T, ENTRY, ARITY, OPERANDS, SHAPE,        \
                              RESULT, RAISES)                                  \
  {#FAMILY,                                                                    \
   #T,                                                                         \
   #ENTRY,                                                                     \
   ARITY,                                                                      \
   PYIR__STRINGS_##ARITY OPERANDS,                                             \
   PYIR__SHAPE_##SHAPE,                                                        \
   PYIR__RESULT_##RESULT,                                                      \
   uint32_t(getKindMask(RAISES))},
static const RuntimeFunction kRuntimeFunctions[] = {PYIR_RUNTIME_FUNCTIONS};
#undef PYIR_RUNTIME_FUNCTION

std::string RuntimeFunction::getSymbol() const {
  return ("pyir_" + family + "_" + entry).str();
}

FloatType RuntimeFunction::getFloatOperandType(MLIRContext *context) const {
  if (cType == "double")
    return Float64Type::get(context);
  if (cType == "float")
    return Float32Type::get(context);
  return {};
}

Type RuntimeFunction::getResultType(Type operandType) const {
  MLIRContext *context = operandType.getContext();
  switch (result) {
  case RuntimeResult::Same:
    return operandType;
  case RuntimeResult::F64:
    return Float64Type::get(context);
  case RuntimeResult::I64:
    return IntegerType::get(context, 64);
  case RuntimeResult::Bool:
    return IntegerType::get(context, 1);
  }
  llvm_unreachable("covered switch");
}

Type RuntimeFunction::getOperandType(unsigned i, MLIRContext *context) const {
  StringRef cType = operandCTypes[i];
  if (cType == "int64_t")
    return IntegerType::get(context, 64);
  if (cType == "uint64_t")
    return IntegerType::get(context, 64, IntegerType::Unsigned);
  if (cType == "double")
    return Float64Type::get(context);
  if (cType == "int")
    return IntegerType::get(context, 32);
  return {};
}

bool RuntimeFunction::isPredicateOperand(unsigned i) const {
  return operandCTypes[i] == "int";
}

const RuntimeFunction *pyir::lookupRuntimeFunction(StringRef family,
                                                   StringRef entry) {
  // Asked for every arithmetic op by mayRaise: an index built once.
  static const auto *index = [] {
    auto *map = new llvm::DenseMap<std::pair<StringRef, StringRef>,
                                   const RuntimeFunction *>();
    for (const RuntimeFunction &fn : kRuntimeFunctions)
      map->try_emplace({fn.family, fn.entry}, &fn);
    return map;
  }();
  return index->lookup({family, entry});
}

namespace {
/// The family and entry of the runtime function an op calls (std::nullopt
/// for ops that call none).
struct OpEntry {
  std::string family;
  std::string entry;
  /// The exceptions the op's operands rule out, though the entry may raise
  /// them: ZeroDivisionError for a known divisor (or cdivision),
  /// ValueError for a constant shift count that is not negative.
  uint32_t excludedKinds = 0;
};

uint32_t getKindBit(ExceptionKind kind) {
  return uint32_t(1) << uint32_t(kind);
}

/// An arithmetic op on `type`: the family from the type and overflow mode.
OpEntry getArithEntry(Type type, std::optional<OverflowMode> mode,
                      StringRef entry, bool divisorNonzero = false) {
  return {getRuntimeFamily(type, mode), entry.str(),
          divisorNonzero ? getKindBit(ExceptionKind::ZeroDivisionError) : 0};
}

template <typename OpTy>
OpEntry getDivisionEntry(OpTy op, StringRef entry, StringRef cEntry) {
  return getArithEntry(op.getType(), op.getOverflow(),
                       op.getCdivision() ? cEntry : entry,
                       PyIRDialect::hasNonzeroDivisor(op));
}

/// The entry of an op whose name is the entry's (shl and shr: lshift and
/// rshift, the runtime's Python names).
StringRef getEntryName(Operation *op) {
  StringRef name = op->getName().stripDialect();
  return llvm::StringSwitch<StringRef>(name)
      .Case("shl", "lshift")
      .Case("shr", "rshift")
      .Default(name);
}

/// A shift: a constant count that is not negative cannot raise ValueError.
template <typename OpTy>
OpEntry getShiftEntry(OpTy op, std::optional<OverflowMode> mode) {
  OpEntry entry = getArithEntry(op.getType(), mode, getEntryName(op));
  APInt count;
  if (matchPattern(op.getRhs(), m_ConstantInt(&count)) &&
      (op.getType().isUnsignedInteger() || !count.isNegative()))
    entry.excludedKinds |= getKindBit(ExceptionKind::ValueError);
  return entry;
}

bool isU64(Type type) { return type.isUnsignedInteger(64); }

/// A cast calls the runtime unless its result is a float (a C conversion).
std::optional<OpEntry> getCastEntry(CastOp op) {
  Type from = op.getInput().getType(), to = op.getType();
  if (from == to || isa<FloatType>(to))
    return std::nullopt;
  bool wrap = op.getOverflow() && *op.getOverflow() == OverflowMode::wrap;
  std::string target = getRuntimeFixedName(to);
  if (isa<FloatType>(from)) {
    if (wrap)
      return OpEntry{target, "from_float"};
    // int(x) is the checked conversion to int64 itself.
    if (to.isSignlessInteger(64))
      return OpEntry{"float", "to_int"};
    return OpEntry{target, "from_float_checked"};
  }
  // An integer (or bool) source, as int64 or (a u64) uint64.
  if (wrap)
    return OpEntry{target, "from_int"};
  return OpEntry{target, isU64(from) ? "from_u64_checked" : "from_i64_checked"};
}

/// The exact comparisons C has no operator for: an integer with a float, a
/// u64 with a signed integer.
std::optional<OpEntry> getCmpEntry(CmpOp op) {
  Type lhs = op.getLhs().getType(), rhs = op.getRhs().getType();
  bool lhsFloat = isa<FloatType>(lhs), rhsFloat = isa<FloatType>(rhs);
  if (lhsFloat != rhsFloat) {
    StringRef intName = isU64(lhsFloat ? rhs : lhs) ? "u64" : "int";
    return OpEntry{"cmp", lhsFloat ? ("float_" + intName).str()
                                   : (intName + "_float").str()};
  }
  if (lhsFloat || isU64(lhs) == isU64(rhs))
    return std::nullopt;
  // One u64: exact unless the other is unsigned or a bool (both widen to
  // u64 without changing their value).
  auto other = cast<IntegerType>(isU64(lhs) ? rhs : lhs);
  if (other.isUnsigned() || other.getWidth() == 1)
    return std::nullopt;
  return OpEntry{"cmp", isU64(lhs) ? "u64_int" : "int_u64"};
}

std::optional<OpEntry> getOpEntry(Operation *op) {
  return llvm::TypeSwitch<Operation *, std::optional<OpEntry>>(op)
      .Case<AddOp, SubOp, MulOp, PowOp, NegOp, AbsOp>([](auto op) {
        return getArithEntry(op.getType(), op.getOverflow(), getEntryName(op));
      })
      .Case([](ShlOp op) { return getShiftEntry(op, op.getOverflow()); })
      .Case([](FloorDivOp op) {
        return getDivisionEntry(op, "floordiv", "cdiv");
      })
      .Case([](ModOp op) { return getDivisionEntry(op, "mod", "cmod"); })
      .Case([](TrueDivOp op) {
        // cdivision promises a nonzero divisor; the divisor is checked all
        // the same (there is no unchecked truediv entry).
        return getArithEntry(op.getLhs().getType(), std::nullopt, "truediv",
                             op.getCdivision() ||
                                 PyIRDialect::hasNonzeroDivisor(op));
      })
      .Case([](ShrOp op) { return getShiftEntry(op, std::nullopt); })
      .Case([](MathUnaryOp op) {
        return OpEntry{"math", stringifyUnaryMathFn(op.getFn()).str()};
      })
      .Case([](MathBinaryOp op) {
        // math.log(x, base) is the runtime's log_base.
        StringRef fn = stringifyBinaryMathFn(op.getFn());
        return OpEntry{"math", fn == "log" ? "log_base" : fn.str()};
      })
      .Case([](MathIsCloseOp) {
        return OpEntry{"math", "isclose"};
      })
      .Case([](CastOp op) { return getCastEntry(op); })
      .Case([](CmpOp op) { return getCmpEntry(op); })
      .Case([](RoundOp op) {
        return OpEntry{"float", op.getNdigits() ? "round" : "round_int"};
      })
      .Default([](Operation *) { return std::nullopt; });
}
} // namespace

/// The runtime function `op` calls and the exceptions its operands rule
/// out; {nullptr, 0} for ops that call none.
static std::pair<const RuntimeFunction *, uint32_t> getOpCall(Operation *op) {
  std::optional<OpEntry> entry = getOpEntry(op);
  if (!entry)
    return {nullptr, 0};
  return {lookupRuntimeFunction(entry->family, entry->entry),
          entry->excludedKinds};
}

const RuntimeFunction *pyir::getRuntimeFunction(Operation *op) {
  return getOpCall(op).first;
}

uint32_t pyir::getRuntimeRaisedKinds(Operation *op) {
  auto [fn, excludedKinds] = getOpCall(op);
  return fn ? fn->raisedKinds & ~excludedKinds : 0;
}

void pyir::getRuntimeRaisedKinds(Operation *op,
                                 SmallVectorImpl<ExceptionKind> &kinds) {
  uint32_t mask = getRuntimeRaisedKinds(op);
  for (uint32_t kind = 0; mask >> kind; ++kind)
    if ((mask >> kind & 1) && !llvm::is_contained(kinds, ExceptionKind(kind)))
      kinds.push_back(ExceptionKind(kind));
}

//===----------------------------------------------------------------------===//
// Evaluation on constants
//===----------------------------------------------------------------------===//

namespace {
// Calls of `fn` when its C signature is the one evaluated, else nullopt.
template <typename T, typename Fn>
std::optional<APInt> evalIntBinary(Fn fn, StringRef entry, const APInt &a,
                                   const APInt &b) {
  if constexpr (std::is_integral_v<T> &&
                (std::is_same_v<Fn, T (*)(T, T)> ||
                 std::is_same_v<Fn, int (*)(T, T, T *, pyir_error *)>)) {
    T x = toHost<T>(a), y = toHost<T>(b);
    if (!isDefined(entry, x, y))
      return std::nullopt;
    return fromHost(call(fn, x, y), a.getBitWidth());
  }
  return std::nullopt;
}
template <typename T, typename Fn>
std::optional<APInt> evalIntUnary(Fn fn, const APInt &a) {
  if constexpr (std::is_integral_v<T> &&
                (std::is_same_v<Fn, T (*)(T)> ||
                 std::is_same_v<Fn, int (*)(T, T *, pyir_error *)>))
    return fromHost(call(fn, toHost<T>(a)), a.getBitWidth());
  return std::nullopt;
}
template <typename T, typename Fn>
std::optional<double> evalIntTrueDiv(Fn fn, const APInt &a, const APInt &b) {
  if constexpr (std::is_integral_v<T> &&
                std::is_same_v<Fn, int (*)(T, T, double *, pyir_error *)>)
    return call(fn, toHost<T>(a), toHost<T>(b));
  return std::nullopt;
}
} // namespace

// Each evaluator expands the table and calls the function whose family and
// entry match.

std::optional<APInt>
pyir::evalRuntimeIntBinary(StringRef entry, Type type,
                           std::optional<OverflowMode> mode, const APInt &a,
                           const APInt &b) {
  std::string family = getRuntimeFamily(type, mode);
#define PYIR_RUNTIME_FUNCTION(FAMILY, T, ENTRY, ARITY, OPERANDS, SHAPE,        \
                              RESULT, RAISES)                                  \
  if (family == #FAMILY && entry == #ENTRY)                                    \
    return evalIntBinary<T>(pyir_##FAMILY##_##ENTRY, entry, a, b);
  PYIR_RUNTIME_FUNCTIONS
#undef PYIR_RUNTIME_FUNCTION
  return std::nullopt;
}

std::optional<APInt> pyir::evalRuntimeIntUnary(StringRef entry, Type type,
                                               std::optional<OverflowMode> mode,
                                               const APInt &a) {
  std::string family = getRuntimeFamily(type, mode);
#define PYIR_RUNTIME_FUNCTION(FAMILY, T, ENTRY, ARITY, OPERANDS, SHAPE,        \
                              RESULT, RAISES)                                  \
  if (family == #FAMILY && entry == #ENTRY)                                    \
    return evalIntUnary<T>(pyir_##FAMILY##_##ENTRY, a);
  PYIR_RUNTIME_FUNCTIONS
#undef PYIR_RUNTIME_FUNCTION
  return std::nullopt;
}

std::optional<double>
pyir::evalRuntimeIntTrueDiv(Type type, std::optional<OverflowMode> mode,
                            const APInt &a, const APInt &b) {
  std::string family = getRuntimeFamily(type, mode);
#define PYIR_RUNTIME_FUNCTION(FAMILY, T, ENTRY, ARITY, OPERANDS, SHAPE,        \
                              RESULT, RAISES)                                  \
  if (family == #FAMILY && StringRef(#ENTRY) == "truediv")                     \
    return evalIntTrueDiv<T>(pyir_##FAMILY##_##ENTRY, a, b);
  PYIR_RUNTIME_FUNCTIONS
#undef PYIR_RUNTIME_FUNCTION
  return std::nullopt;
}

namespace {
template <typename T, typename U, typename Fn>
std::optional<T> evalFloatCall(Fn fn, T a, T b) {
  if constexpr (std::is_same_v<T, U> &&
                std::is_same_v<Fn, int (*)(U, U, U *, pyir_error *)>)
    return call(fn, a, b);
  return std::nullopt;
}

/// pyir_<family>_<entry> on two host floats of the family's C type T;
/// never pow (its result is libm's, which may differ between the compiling
/// and the running machine).
template <typename T>
std::optional<T> evalFloatBinary(StringRef family, StringRef entry, T a, T b) {
  if (entry == "pow")
    return std::nullopt;
#define PYIR_RUNTIME_FUNCTION(FAMILY, U, ENTRY, ARITY, OPERANDS, SHAPE,        \
                              RESULT, RAISES)                                  \
  if (family == #FAMILY && entry == #ENTRY)                                    \
    return evalFloatCall<T, U>(pyir_##FAMILY##_##ENTRY, a, b);
  PYIR_RUNTIME_FUNCTIONS
#undef PYIR_RUNTIME_FUNCTION
  return std::nullopt;
}
} // namespace

std::optional<double> pyir::evalRuntimeFloatBinary(StringRef entry, double a,
                                                   double b) {
  return evalFloatBinary<double>("float", entry, a, b);
}

std::optional<APFloat> pyir::evalRuntimeFloatBinary(StringRef entry, Type type,
                                                    const APFloat &a,
                                                    const APFloat &b) {
  if (type.isF64()) {
    std::optional<double> result =
        evalRuntimeFloatBinary(entry, a.convertToDouble(), b.convertToDouble());
    return result ? std::optional<APFloat>(APFloat(*result)) : std::nullopt;
  }
  if (type.isF32()) {
    std::optional<float> result = evalFloatBinary<float>(
        "f32", entry, a.convertToFloat(), b.convertToFloat());
    return result ? std::optional<APFloat>(APFloat(*result)) : std::nullopt;
  }
  return std::nullopt;
}

Attribute pyir::evalExactMath(Operation *op, ArrayRef<Attribute> operands) {
  const RuntimeFunction *fn = getRuntimeFunction(op);
  if (!fn || fn->family != "math" || operands.size() > 4)
    return {};
  double x[4] = {};
  int64_t n[4] = {};
  for (auto [i, attr] : llvm::enumerate(operands)) {
    if (auto f = dyn_cast_if_present<FloatAttr>(attr))
      x[i] = f.getValueAsDouble();
    else if (auto c = dyn_cast_if_present<IntegerAttr>(attr))
      n[i] = c.getValue().getSExtValue();
    else
      return {};
  }
  StringRef e = fn->entry;
  Type type = op->getResult(0).getType();
  pyir_error err;
  int64_t i = 0;
  double d = 0;
  bool b = false;
  int status = 0;
  if (e == "frexp_mantissa")
    d = pyir_math_frexp_mantissa(x[0]);
  else if (e == "frexp_exponent")
    i = pyir_math_frexp_exponent(x[0]);
  else if (e == "modf_fraction")
    d = pyir_math_modf_fraction(x[0]);
  else if (e == "modf_integer")
    d = pyir_math_modf_integer(x[0]);
  else if (e == "ldexp")
    status = pyir_math_ldexp(x[0], n[1], &d, &err);
  else if (e == "isclose")
    status = pyir_math_isclose(x[0], x[1], x[2], x[3], &b, &err);
  else if (e == "factorial")
    status = pyir_math_factorial(n[0], &i, &err);
  else if (e == "isqrt")
    status = pyir_math_isqrt(n[0], &i, &err);
  else if (e == "gcd")
    status = pyir_math_gcd(n[0], n[1], &i, &err);
  else if (e == "lcm")
    status = pyir_math_lcm(n[0], n[1], &i, &err);
  else if (e == "comb")
    status = pyir_math_comb(n[0], n[1], &i, &err);
  else if (e == "perm")
    status = pyir_math_perm(n[0], n[1], &i, &err);
  else
    return {};
  if (status != 0)
    return {};
  if (type.isInteger(1))
    return BoolAttr::get(op->getContext(), b);
  if (isa<FloatType>(type))
    return FloatAttr::get(type, d);
  return IntegerAttr::get(type, i);
}
