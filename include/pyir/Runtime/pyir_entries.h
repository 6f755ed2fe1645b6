/*===- pyir_entries.h - The runtime's entries ---------------------*- C -*-===*
 *
 * Part of the PyIR project.
 *
 * Which pyir_<family>_<entry> functions of pyir_core.h compiled code calls
 * for Python's arithmetic, the math module, numeric conversions, exact
 * mixed comparisons and round(), their shape and what each may raise. The
 * rules
 * themselves are written once, in pyir_core.h; this table is what every
 * other reader derives from (X-macros):
 *   - C++ (pyir/Dialect/PyIR/IR/Runtime.h): the EmitC lowering's callee and
 *     call shape, the ops' raised exception kinds (MayRaiseOpInterface), the
 *     folders' dispatch to the runtime;
 *   - the JIT export: each op's "runtime" symbol in <mod>.pyir.json, and the
 *     runtime's bitcode for Numba tier 1, which calls these entries instead
 *     of re-deriving them (pyir_entries_abi.c, built once with the compiler);
 *   - Python: RUNTIME_ENTRIES in python/pyir/_tables.py.
 * test/Runtime/entries.test calls every entry on edge values and fails if
 * one raises a message this table does not list, or has another shape.
 *
 * PYIR_RUNTIME_ENTRIES(X): X(Group, Entry, Arity, Shape, Result, Raises)
 *   Group   which families have the entry: INT (`int`, the checked int64),
 *           SIGNED (i8 i16 i32 i64, wrapping), UNSIGNED (u8 u16 u32 u64),
 *           FLOAT (`float`, a C double), F32, MATH (`math`: the math
 *           module's functions, on doubles);
 *   Entry   the function is pyir_<family>_<Entry>;
 *   Arity   1 or 2 operands, of the family's C type (1 to 4 in
 *           PYIR_RUNTIME_CONVERSIONS);
 *   Shape   PURE: `R f(T a[, T b])`;
 *           RAISING: `int f(T a[, T b], R *out, pyir_error *err)`, 0 or -1;
 *   Result  SAME (R = T), F64 (R = double), I64 (R = int64_t) or BOOL
 *           (R = bool);
 *   Raises  the PYIR_MSG_* ids (pyir_errors.h) a RAISING entry may raise,
 *           space-separated, in one string ("" if none can be reached).
 *
 * PYIR_RUNTIME_CONVERSIONS(X):
 *   X(Group, Entry, Arity, Operands, Shape, Result, Raises)
 * The entries whose operands are not of the family's type: Operands lists
 * their C types in parentheses (int64_t, uint64_t or double; int is the
 * comparison predicate, PYIR_CMP_*, which the op carries as an attribute);
 * the other columns are as above, Result SAME being the family's C type.
 * The groups besides those above: FIXED (every fixed-width family), NOT_I64
 * and NOT_U64 (all of them but i64, but u64), I64, U64, CMP (`cmp`, the
 * exact comparisons of an int, a u64 and a float).
 *===----------------------------------------------------------------------===*/

#ifndef PYIR_RUNTIME_PYIR_ENTRIES_H
#define PYIR_RUNTIME_PYIR_ENTRIES_H

#define PYIR_RUNTIME_ENTRIES(X)                                                \
  X(INT, add, 2, RAISING, SAME, "INT_OVERFLOW")                                \
  X(INT, sub, 2, RAISING, SAME, "INT_OVERFLOW")                                \
  X(INT, mul, 2, RAISING, SAME, "INT_OVERFLOW")                                \
  X(INT, neg, 1, RAISING, SAME, "INT_OVERFLOW")                                \
  X(INT, abs, 1, RAISING, SAME, "INT_OVERFLOW")                                \
  X(INT, pow, 2, RAISING, SAME, "ZERO_NEG_POW INT_NEG_POW INT_OVERFLOW")       \
  X(INT, floordiv, 2, RAISING, SAME, "INT_DIV_ZERO INT_OVERFLOW")              \
  X(INT, mod, 2, RAISING, SAME, "INT_MOD_ZERO")                                \
  X(INT, cdiv, 2, PURE, SAME, "")                                              \
  X(INT, cmod, 2, PURE, SAME, "")                                              \
  X(INT, truediv, 2, RAISING, F64, "DIV_ZERO")                                 \
  X(INT, lshift, 2, RAISING, SAME, "NEG_SHIFT INT_OVERFLOW")                   \
  X(INT, rshift, 2, RAISING, SAME, "NEG_SHIFT")                                \
  X(SIGNED, add, 2, PURE, SAME, "")                                            \
  X(SIGNED, sub, 2, PURE, SAME, "")                                            \
  X(SIGNED, mul, 2, PURE, SAME, "")                                            \
  X(SIGNED, neg, 1, PURE, SAME, "")                                            \
  X(SIGNED, abs, 1, PURE, SAME, "")                                            \
  X(SIGNED, pow, 2, RAISING, SAME, "ZERO_NEG_POW INT_NEG_POW")                 \
  X(SIGNED, floordiv, 2, RAISING, SAME, "INT_DIV_ZERO")                        \
  X(SIGNED, mod, 2, RAISING, SAME, "INT_MOD_ZERO")                             \
  X(SIGNED, cdiv, 2, PURE, SAME, "")                                           \
  X(SIGNED, cmod, 2, PURE, SAME, "")                                           \
  X(SIGNED, truediv, 2, RAISING, F64, "DIV_ZERO")                              \
  X(SIGNED, lshift, 2, RAISING, SAME, "NEG_SHIFT")                             \
  X(SIGNED, rshift, 2, RAISING, SAME, "NEG_SHIFT")                             \
  X(UNSIGNED, add, 2, PURE, SAME, "")                                          \
  X(UNSIGNED, sub, 2, PURE, SAME, "")                                          \
  X(UNSIGNED, mul, 2, PURE, SAME, "")                                          \
  X(UNSIGNED, neg, 1, PURE, SAME, "")                                          \
  X(UNSIGNED, abs, 1, PURE, SAME, "")                                          \
  X(UNSIGNED, pow, 2, RAISING, SAME, "")                                       \
  X(UNSIGNED, floordiv, 2, RAISING, SAME, "INT_DIV_ZERO")                      \
  X(UNSIGNED, mod, 2, RAISING, SAME, "INT_MOD_ZERO")                           \
  X(UNSIGNED, cdiv, 2, PURE, SAME, "")                                         \
  X(UNSIGNED, cmod, 2, PURE, SAME, "")                                         \
  X(UNSIGNED, truediv, 2, RAISING, F64, "DIV_ZERO")                            \
  X(UNSIGNED, lshift, 2, RAISING, SAME, "")                                    \
  X(UNSIGNED, rshift, 2, RAISING, SAME, "")                                    \
  X(FLOAT, abs, 1, PURE, SAME, "")                                             \
  X(FLOAT, truediv, 2, RAISING, SAME, "FLOAT_DIV_ZERO")                        \
  X(FLOAT, floordiv, 2, RAISING, SAME, "FLOAT_FLOORDIV_ZERO")                  \
  X(FLOAT, mod, 2, RAISING, SAME, "FLOAT_MOD_ZERO")                            \
  X(FLOAT, pow, 2, RAISING, SAME,                                              \
    "ZERO_NEG_POW FLOAT_NEG_FRAC_POW COMPLEX_POW_RANGE POW_RANGE")             \
  X(F32, abs, 1, PURE, SAME, "")                                               \
  X(F32, truediv, 2, RAISING, SAME, "FLOAT_DIV_ZERO")                          \
  X(F32, floordiv, 2, RAISING, SAME, "FLOAT_FLOORDIV_ZERO")                    \
  X(F32, mod, 2, RAISING, SAME, "FLOAT_MOD_ZERO")                              \
  X(F32, pow, 2, RAISING, SAME,                                                \
    "ZERO_NEG_POW FLOAT_NEG_FRAC_POW COMPLEX_POW_RANGE POW_RANGE")             \
  X(MATH, sqrt, 1, RAISING, SAME, "MATH_DOMAIN")                               \
  X(MATH, exp, 1, RAISING, SAME, "MATH_RANGE")                                 \
  X(MATH, expm1, 1, RAISING, SAME, "MATH_RANGE")                               \
  X(MATH, log, 1, RAISING, SAME, "MATH_DOMAIN")                                \
  X(MATH, log1p, 1, RAISING, SAME, "MATH_DOMAIN")                              \
  X(MATH, log2, 1, RAISING, SAME, "MATH_DOMAIN")                               \
  X(MATH, log10, 1, RAISING, SAME, "MATH_DOMAIN")                              \
  X(MATH, sin, 1, RAISING, SAME, "MATH_DOMAIN")                                \
  X(MATH, cos, 1, RAISING, SAME, "MATH_DOMAIN")                                \
  X(MATH, tan, 1, RAISING, SAME, "MATH_DOMAIN")                                \
  X(MATH, asin, 1, RAISING, SAME, "MATH_DOMAIN")                               \
  X(MATH, acos, 1, RAISING, SAME, "MATH_DOMAIN")                               \
  X(MATH, atan, 1, RAISING, SAME, "")                                          \
  X(MATH, sinh, 1, RAISING, SAME, "MATH_RANGE")                                \
  X(MATH, cosh, 1, RAISING, SAME, "MATH_RANGE")                                \
  X(MATH, tanh, 1, RAISING, SAME, "")                                          \
  X(MATH, fabs, 1, PURE, SAME, "")                                             \
  X(MATH, floor, 1, RAISING, I64,                                              \
    "FLOAT_NAN_TO_INT FLOAT_INF_TO_INT INT_OVERFLOW")                          \
  X(MATH, ceil, 1, RAISING, I64,                                               \
    "FLOAT_NAN_TO_INT FLOAT_INF_TO_INT INT_OVERFLOW")                          \
  X(MATH, trunc, 1, RAISING, I64,                                              \
    "FLOAT_NAN_TO_INT FLOAT_INF_TO_INT INT_OVERFLOW")                          \
  X(MATH, isnan, 1, PURE, BOOL, "")                                            \
  X(MATH, isinf, 1, PURE, BOOL, "")                                            \
  X(MATH, isfinite, 1, PURE, BOOL, "")                                         \
  X(MATH, erf, 1, PURE, SAME, "")                                              \
  X(MATH, erfc, 1, PURE, SAME, "")                                             \
  X(MATH, gamma, 1, RAISING, SAME, "MATH_DOMAIN MATH_RANGE")                   \
  X(MATH, lgamma, 1, RAISING, SAME, "MATH_DOMAIN MATH_RANGE")                  \
  X(MATH, acosh, 1, RAISING, SAME, "MATH_DOMAIN")                              \
  X(MATH, asinh, 1, PURE, SAME, "")                                            \
  X(MATH, atanh, 1, RAISING, SAME, "MATH_DOMAIN")                              \
  X(MATH, cbrt, 1, PURE, SAME, "")                                             \
  X(MATH, exp2, 1, RAISING, SAME, "MATH_RANGE")                                \
  X(MATH, frexp_mantissa, 1, PURE, SAME, "")                                   \
  X(MATH, frexp_exponent, 1, PURE, I64, "")                                    \
  X(MATH, modf_fraction, 1, PURE, SAME, "")                                    \
  X(MATH, modf_integer, 1, PURE, SAME, "")                                     \
  X(MATH, pow, 2, RAISING, SAME, "MATH_DOMAIN MATH_RANGE")                     \
  X(MATH, atan2, 2, RAISING, SAME, "")                                         \
  X(MATH, hypot, 2, PURE, SAME, "")                                            \
  X(MATH, copysign, 2, PURE, SAME, "")                                         \
  X(MATH, fmod, 2, RAISING, SAME, "MATH_DOMAIN")                               \
  X(MATH, log_base, 2, RAISING, SAME, "MATH_DOMAIN FLOAT_DIV_ZERO")

#define PYIR_RUNTIME_CONVERSIONS(X)                                            \
  /* T(v) for an int64 v with overflowcheck(False): v mod 2**N */              \
  X(FIXED, from_int, 1, (int64_t), PURE, SAME, "")                             \
  /* T(x) for a double x with overflowcheck(False): int(x) mod 2**N */         \
  X(FIXED, from_float, 1, (double), RAISING, SAME,                             \
    "FLOAT_NAN_TO_INT FLOAT_INF_TO_INT")                                       \
  /* T(v), checked, for a value of a signed type (or bool) as int64 */         \
  X(NOT_I64, from_i64_checked, 1, (int64_t), RAISING, SAME, "INT_OVERFLOW")    \
  X(I64, from_i64_checked, 1, (int64_t), RAISING, SAME, "")                    \
  /* T(v), checked, for a u64 v */                                             \
  X(NOT_U64, from_u64_checked, 1, (uint64_t), RAISING, SAME, "INT_OVERFLOW")   \
  /* T(x), checked, for a double x: int(x), then T's range */                  \
  X(NOT_I64, from_float_checked, 1, (double), RAISING, SAME,                   \
    "FLOAT_NAN_TO_INT FLOAT_INF_TO_INT INT_OVERFLOW")                          \
  /* int(x) */                                                                 \
  X(FLOAT, to_int, 1, (double), RAISING, I64,                                  \
    "FLOAT_NAN_TO_INT FLOAT_INF_TO_INT INT_OVERFLOW")                          \
  /* round(x), round(x, ndigits) */                                            \
  X(FLOAT, round_int, 1, (double), RAISING, I64,                               \
    "FLOAT_NAN_TO_INT FLOAT_INF_TO_INT INT_OVERFLOW")                          \
  X(FLOAT, round, 2, (double, int64_t), RAISING, F64, "ROUND_RANGE")           \
  /* math.ldexp(x, i), math.isclose(a, b, rel_tol, abs_tol) */                 \
  X(MATH, ldexp, 2, (double, int64_t), RAISING, F64, "MATH_RANGE")             \
  X(MATH, isclose, 4, (double, double, double, double), RAISING, BOOL,         \
    "ISCLOSE_TOL")                                                             \
  /* the math module's functions of ints */                                    \
  X(MATH, gcd, 2, (int64_t, int64_t), RAISING, I64, "INT_OVERFLOW")            \
  X(MATH, lcm, 2, (int64_t, int64_t), RAISING, I64, "INT_OVERFLOW")            \
  X(MATH, factorial, 1, (int64_t), RAISING, I64, "FACTORIAL_NEG INT_OVERFLOW") \
  X(MATH, isqrt, 1, (int64_t), RAISING, I64, "ISQRT_NEG")                      \
  X(MATH, comb, 2, (int64_t, int64_t), RAISING, I64,                           \
    "N_NEGATIVE K_NEGATIVE INT_OVERFLOW")                                      \
  X(MATH, perm, 2, (int64_t, int64_t), RAISING, I64,                           \
    "N_NEGATIVE K_NEGATIVE INT_OVERFLOW")                                      \
  /* a <pred> b, exactly */                                                    \
  X(CMP, int_float, 3, (int64_t, double, int), PURE, BOOL, "")                 \
  X(CMP, float_int, 3, (double, int64_t, int), PURE, BOOL, "")                 \
  X(CMP, u64_float, 3, (uint64_t, double, int), PURE, BOOL, "")                \
  X(CMP, float_u64, 3, (double, uint64_t, int), PURE, BOOL, "")                \
  X(CMP, int_u64, 3, (int64_t, uint64_t, int), PURE, BOOL, "")                 \
  X(CMP, u64_int, 3, (uint64_t, int64_t, int), PURE, BOOL, "")

/* The comparison predicates, in the order of the dialect's CmpPredicate:
 * X(name, PYIR_CMP_<NAME>). */
#define PYIR_CMP_PREDICATES(X)                                                 \
  X(lt, LT) X(le, LE) X(eq, EQ) X(ne, NE) X(gt, GT) X(ge, GE)

/* The families of each group: PYIR_FAMILIES_<Group>(X, ...) expands
 * X(family, C type, ...) for each, passing the other arguments on. */
#define PYIR_FAMILIES_INT(X, ...) X(int, int64_t, __VA_ARGS__)
#define PYIR_FAMILIES_I64(X, ...) X(i64, int64_t, __VA_ARGS__)
#define PYIR_FAMILIES_U64(X, ...) X(u64, uint64_t, __VA_ARGS__)
#define PYIR__FAMILIES_SIGNED_NARROW(X, ...)                                   \
  X(i8, int8_t, __VA_ARGS__)                                                   \
  X(i16, int16_t, __VA_ARGS__)                                                 \
  X(i32, int32_t, __VA_ARGS__)
#define PYIR__FAMILIES_UNSIGNED_NARROW(X, ...)                                 \
  X(u8, uint8_t, __VA_ARGS__)                                                  \
  X(u16, uint16_t, __VA_ARGS__)                                                \
  X(u32, uint32_t, __VA_ARGS__)
#define PYIR_FAMILIES_SIGNED(X, ...)                                           \
  PYIR__FAMILIES_SIGNED_NARROW(X, __VA_ARGS__)                                 \
  PYIR_FAMILIES_I64(X, __VA_ARGS__)
#define PYIR_FAMILIES_UNSIGNED(X, ...)                                         \
  PYIR__FAMILIES_UNSIGNED_NARROW(X, __VA_ARGS__)                               \
  PYIR_FAMILIES_U64(X, __VA_ARGS__)
#define PYIR_FAMILIES_FIXED(X, ...)                                            \
  PYIR_FAMILIES_SIGNED(X, __VA_ARGS__) PYIR_FAMILIES_UNSIGNED(X, __VA_ARGS__)
#define PYIR_FAMILIES_NOT_I64(X, ...)                                          \
  PYIR__FAMILIES_SIGNED_NARROW(X, __VA_ARGS__)                                 \
  PYIR_FAMILIES_UNSIGNED(X, __VA_ARGS__)
#define PYIR_FAMILIES_NOT_U64(X, ...)                                          \
  PYIR_FAMILIES_SIGNED(X, __VA_ARGS__)                                         \
  PYIR__FAMILIES_UNSIGNED_NARROW(X, __VA_ARGS__)
#define PYIR_FAMILIES_FLOAT(X, ...) X(float, double, __VA_ARGS__)
#define PYIR_FAMILIES_F32(X, ...) X(f32, float, __VA_ARGS__)
#define PYIR_FAMILIES_MATH(X, ...) X(math, double, __VA_ARGS__)
#define PYIR_FAMILIES_CMP(X, ...) X(cmp, bool, __VA_ARGS__)

/* The fixed-width families, X(family, C type, SIGNED or UNSIGNED): pyir_core.h
 * instantiates its wrapping runtime from this list. */
#define PYIR_FIXED_WIDTH_FAMILIES(X)                                           \
  PYIR_FAMILIES_SIGNED(X, SIGNED) PYIR_FAMILIES_UNSIGNED(X, UNSIGNED)

/* Every family, X(family, C type, Group). */
#define PYIR_RUNTIME_FAMILIES(X)                                               \
  PYIR_FAMILIES_INT(X, INT)                                                    \
  PYIR_FIXED_WIDTH_FAMILIES(X)                                                 \
  PYIR_FAMILIES_FLOAT(X, FLOAT)                                                \
  PYIR_FAMILIES_F32(X, F32) PYIR_FAMILIES_MATH(X, MATH)

/* Every function of the two tables, one per family of an entry's group:
 * define
 *   PYIR_RUNTIME_FUNCTION(family, C type, Entry, Arity, Operands, Shape,
 *                         Result, Raises)
 * then expand PYIR_RUNTIME_FUNCTIONS. Operands is parenthesized: (T, T) or
 * (T) for the arithmetic entries. */
#define PYIR__OPERANDS_1(T) (T)
#define PYIR__OPERANDS_2(T) (T, T)
#define PYIR__ENTRY_FUNCTION(FAMILY, T, ENTRY, ARITY, SHAPE, RESULT, RAISES)   \
  PYIR_RUNTIME_FUNCTION(FAMILY, T, ENTRY, ARITY, PYIR__OPERANDS_##ARITY(T),    \
                        SHAPE, RESULT, RAISES)
#define PYIR__FUNCTIONS_OF(GROUP, ENTRY, ARITY, SHAPE, RESULT, RAISES)         \
  PYIR_FAMILIES_##GROUP(PYIR__ENTRY_FUNCTION, ENTRY, ARITY, SHAPE, RESULT,     \
                        RAISES)
#define PYIR__CONVERSIONS_OF(GROUP, ENTRY, ARITY, OPERANDS, SHAPE, RESULT,     \
                             RAISES)                                           \
  PYIR_FAMILIES_##GROUP(PYIR_RUNTIME_FUNCTION, ENTRY, ARITY, OPERANDS, SHAPE,  \
                        RESULT, RAISES)
#define PYIR_RUNTIME_FUNCTIONS                                                 \
  PYIR_RUNTIME_ENTRIES(PYIR__FUNCTIONS_OF)                                     \
  PYIR_RUNTIME_CONVERSIONS(PYIR__CONVERSIONS_OF)

#endif /* PYIR_RUNTIME_PYIR_ENTRIES_H */
