/*===- pyir_core.h - Python-free C runtime for PyIR generated code -*- C -*-===*
 *
 * Part of the PyIR project.
 *
 * Every operation whose Python semantics differ from C's, as static inline
 * functions.  Plain C99/C11 (also valid C++17); no Python.h, no objects with
 * external linkage.  The reference is CPython 3.11 (Objects/longobject.c,
 * Objects/floatobject.c, Modules/mathmodule.c) and the deviations documented
 * in docs/language.md:
 *   - `int` is int64_t: a result outside [-2**63, 2**63) raises OverflowError;
 *   - int ** negative int raises ValueError (0 ** -n: ZeroDivisionError);
 *   - negative float ** non-integral float raises ValueError;
 *   - fixed-width integers (i8..i64, u8..u64) wrap modulo 2**N.
 *
 * Conventions
 *   - Functions that may raise return 0 on success and -1 when they raise;
 *     the result goes through an out-pointer and, on error, `err->kind` and
 *     `err->message` are filled in (message worded like CPython's for the same
 *     failure).  `err->line` is never touched: the caller records its line.
 *   - Functions that cannot raise return their result directly.
 *   - Naming: pyir_int_* = checked int64 (`int`); pyir_i8_* .. pyir_u64_* =
 *     wrapping fixed width; pyir_float_* = binary64; pyir_f32_* = binary32;
 *     pyir_math_* = the `math` module.
 *   - Results of math functions are libm's (the same libm CPython calls), so
 *     compile generated code with -ffp-contract=off and never -ffast-math.
 *   - errno is never consulted: every CPython errno check is replaced by the
 *     equivalent test on the (IEEE) result, so -fno-math-errno is harmless.
 *     (math_1's last-resort is_error(errno) branch for finite results is
 *     dropped: glibc never reports an error with a finite result there.)
 *   - `int` with overflowcheck=False uses the pyir_i64_* (wrapping) family;
 *     cdivision uses pyir_int_cdiv/cmod (and NAME_cdiv/cmod): C truncation,
 *     no zero check (a zero divisor is undefined, as the directive says).
 *   - round(x, n) needs a C library whose printf("%.*f") is exactly rounded
 *     and whose strtod is correctly rounded (glibc, musl).
 *   - With clang this header turns FP contraction off for the rest of the
 *     translation unit (#pragma STDC FP_CONTRACT OFF), as PyIR requires.
 *   - Fixed-width and f32 behaviour is PyIR's own (outside the differential
 *     rule): f32 // and % run CPython's float algorithm in binary32 (what
 *     NumPy's float32 does); f32 ** is float ** on the widened operands,
 *     rounded once to binary32; a fixed-width ** with a negative exponent
 *     raises like `int` (ZeroDivisionError for 0, else ValueError).
 *
 * Tests: test/Runtime/check_runtime.py compares every function with CPython.
 *===----------------------------------------------------------------------===*/

#ifndef PYIR_RUNTIME_PYIR_CORE_H
#define PYIR_RUNTIME_PYIR_CORE_H

#include <float.h>
#include <math.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pyir_abi.h"
#include "pyir_entries.h"
#include "pyir_errors.h"

#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#endif

/* libm functions that are not correctly rounded, called through aliases the
 * C compiler does not know as builtins: GCC evaluates e.g. cosh(10.0) at
 * compile time, correctly rounded, where CPython calls libm at run time and
 * may differ in the last bit. The alias binds to the same libm symbol
 * (asm label), so only constant folding is lost. Exact functions (sqrt,
 * fmod, fabs, copysign, floor, ldexp, frexp, ...) keep their builtins. */
#if defined(__GNUC__) || defined(__clang__)
#define PYIR__STR(x) #x
#define PYIR__XSTR(x) PYIR__STR(x)
#define PYIR__LIBM1(NAME)                                                      \
  extern double pyir__libm_##NAME(double) __asm__(                             \
      PYIR__XSTR(__USER_LABEL_PREFIX__) #NAME);
#define PYIR__LIBM2(NAME)                                                      \
  extern double pyir__libm_##NAME(double, double) __asm__(                     \
      PYIR__XSTR(__USER_LABEL_PREFIX__) #NAME);
#else
#define PYIR__LIBM1(NAME)                                                      \
  static inline double pyir__libm_##NAME(double x) { return NAME(x); }
#define PYIR__LIBM2(NAME)                                                      \
  static inline double pyir__libm_##NAME(double x, double y) {                 \
    return NAME(x, y);                                                         \
  }
#endif
PYIR__LIBM1(exp)
PYIR__LIBM1(expm1)
PYIR__LIBM1(sin)
PYIR__LIBM1(cos)
PYIR__LIBM1(tan)
PYIR__LIBM1(asin)
PYIR__LIBM1(acos)
PYIR__LIBM1(atan)
PYIR__LIBM1(sinh)
PYIR__LIBM1(cosh)
PYIR__LIBM1(tanh)
PYIR__LIBM1(log1p)
PYIR__LIBM1(log)
PYIR__LIBM1(log2)
PYIR__LIBM1(log10)
PYIR__LIBM1(erf)
PYIR__LIBM1(erfc)
PYIR__LIBM1(acosh)
PYIR__LIBM1(asinh)
PYIR__LIBM1(atanh)
PYIR__LIBM1(cbrt)
PYIR__LIBM1(exp2)
PYIR__LIBM2(atan2)
PYIR__LIBM2(pow)

#if defined(__GNUC__) || defined(__clang__)
#define PYIR_LIKELY(x) __builtin_expect(!!(x), 1)
#define PYIR_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define PYIR_COLD __attribute__((cold))
/* For helpers whose arguments are mostly constants at every call (a slice's
 * key codes): inlined, they fold to the few operations the call needs. */
#define PYIR_ALWAYS_INLINE __attribute__((always_inline))
#define PYIR_HAVE_OVERFLOW_BUILTINS 1
/* A divisor the optimiser proved non-zero (`nonzero_divisor`): the runtime's
 * zero test and its error path fold away. UBSan reports a broken proof. */
#define PYIR_ASSUME_NONZERO(x)                                                 \
  do {                                                                         \
    if (!((x) != 0))                                                           \
      __builtin_unreachable();                                                 \
  } while (0)
#else
#define PYIR_LIKELY(x) (x)
#define PYIR_UNLIKELY(x) (x)
#define PYIR_COLD
#define PYIR_ALWAYS_INLINE
#define PYIR_HAVE_OVERFLOW_BUILTINS 0
#define PYIR_ASSUME_NONZERO(x) ((void)0)
#endif

/* Keep a function's floating point free of FMA contraction even if the
 * including file is compiled with -ffp-contract=fast (generated code must use
 * -ffp-contract=off anyway; this protects the algorithms that depend on it). */
#if defined(__clang__)
#define PYIR_NO_CONTRACT_FN
#define PYIR_NO_CONTRACT_BODY _Pragma("clang fp contract(off)")
#elif defined(__GNUC__)
#define PYIR_NO_CONTRACT_FN __attribute__((optimize("fp-contract=off")))
#define PYIR_NO_CONTRACT_BODY
#else
#define PYIR_NO_CONTRACT_FN
#define PYIR_NO_CONTRACT_BODY
#endif

#ifdef __cplusplus
extern "C" {
#endif

/*===------------------------------------------------------------------===*
 * Errors
 *===------------------------------------------------------------------===*/

/* Exception kinds (pyir_errors.h); the dialect's ExceptionKind enum has the
 * same values (checked when the compiler is built). */
enum {
#define PYIR__EXCEPTION_KIND(NAME, VALUE) PYIR_EXC_##NAME = VALUE,
  PYIR_EXCEPTION_KINDS(PYIR__EXCEPTION_KIND)
#undef PYIR__EXCEPTION_KIND
};

/* pyir_error (the raised exception) is defined in pyir_abi.h. */

/* Comparison predicates (pyir_entries.h), in the dialect's CmpPredicate
 * order: PYIR_CMP_LT = 0, ... */
enum {
#define PYIR__CMP_PREDICATE(NAME, UPPER) PYIR_CMP_##UPPER,
  PYIR_CMP_PREDICATES(PYIR__CMP_PREDICATE)
#undef PYIR__CMP_PREDICATE
};

/* The runtime's messages (pyir_errors.h): PYIR_MSG_<Id> names an entry of
 * pyir_messages, the exception kind and the text it raises. */
enum {
#define PYIR__MESSAGE_ID(ID, KIND, TEXT) PYIR_MSG_##ID,
  PYIR_MESSAGES(PYIR__MESSAGE_ID)
#undef PYIR__MESSAGE_ID
};
typedef struct pyir_message {
  int kind;
  const char *text;
} pyir_message;
static const pyir_message pyir_messages[] = {
#define PYIR__MESSAGE_ENTRY(ID, KIND, TEXT) {PYIR_EXC_##KIND, TEXT},
    PYIR_MESSAGES(PYIR__MESSAGE_ENTRY)
#undef PYIR__MESSAGE_ENTRY
};

/* Fill in *err and return -1 (the error path of every raising function). */
static inline PYIR_COLD int pyir_raise(pyir_error *err, int kind,
                                       const char *message) {
  err->kind = kind;
  err->message = message;
  return -1;
}

/* Raise message `id` (PYIR_MSG_*) with the kind the table gives it. */
static inline PYIR_COLD int pyir_raise_msg(pyir_error *err, int id) {
  return pyir_raise(err, pyir_messages[id].kind, pyir_messages[id].text);
}

/*===------------------------------------------------------------------===*
 * int (int64, checked)
 *===------------------------------------------------------------------===*/

/* a + b; OverflowError outside int64. */
static inline int pyir_int_add(int64_t a, int64_t b, int64_t *out,
                               pyir_error *err) {
#if PYIR_HAVE_OVERFLOW_BUILTINS
  if (PYIR_UNLIKELY(__builtin_add_overflow(a, b, out)))
    return pyir_raise_msg(err, PYIR_MSG_INT_OVERFLOW);
#else
  if ((b > 0 && a > INT64_MAX - b) || (b < 0 && a < INT64_MIN - b))
    return pyir_raise_msg(err, PYIR_MSG_INT_OVERFLOW);
  *out = a + b;
#endif
  return 0;
}

/* a - b; OverflowError outside int64. */
static inline int pyir_int_sub(int64_t a, int64_t b, int64_t *out,
                               pyir_error *err) {
#if PYIR_HAVE_OVERFLOW_BUILTINS
  if (PYIR_UNLIKELY(__builtin_sub_overflow(a, b, out)))
    return pyir_raise_msg(err, PYIR_MSG_INT_OVERFLOW);
#else
  if ((b < 0 && a > INT64_MAX + b) || (b > 0 && a < INT64_MIN + b))
    return pyir_raise_msg(err, PYIR_MSG_INT_OVERFLOW);
  *out = a - b;
#endif
  return 0;
}

/* a * b; OverflowError outside int64. */
static inline int pyir_int_mul(int64_t a, int64_t b, int64_t *out,
                               pyir_error *err) {
#if PYIR_HAVE_OVERFLOW_BUILTINS
  if (PYIR_UNLIKELY(__builtin_mul_overflow(a, b, out)))
    return pyir_raise_msg(err, PYIR_MSG_INT_OVERFLOW);
#else
  if (a != 0 && b != 0) {
    if ((a == -1 && b == INT64_MIN) || (b == -1 && a == INT64_MIN))
      return pyir_raise_msg(err, PYIR_MSG_INT_OVERFLOW);
    if (a != -1 && b != -1) {
      int64_t q = INT64_MAX / b;
      if ((a > 0 && b > 0 && a > q) || (a < 0 && b < 0 && a < q) ||
          (a > 0 && b < 0 && b < INT64_MIN / a) ||
          (a < 0 && b > 0 && a < INT64_MIN / b))
        return pyir_raise_msg(err, PYIR_MSG_INT_OVERFLOW);
    }
  }
  *out = a * b;
#endif
  return 0;
}

/* -a; OverflowError for -(-2**63). */
static inline int pyir_int_neg(int64_t a, int64_t *out, pyir_error *err) {
  if (PYIR_UNLIKELY(a == INT64_MIN))
    return pyir_raise_msg(err, PYIR_MSG_INT_OVERFLOW);
  *out = -a;
  return 0;
}

/* abs(a); OverflowError for abs(-2**63). */
static inline int pyir_int_abs(int64_t a, int64_t *out, pyir_error *err) {
  if (PYIR_UNLIKELY(a == INT64_MIN))
    return pyir_raise_msg(err, PYIR_MSG_INT_OVERFLOW);
  *out = a < 0 ? -a : a;
  return 0;
}

/* a // b (floor); ZeroDivisionError; OverflowError for -2**63 // -1. */
static inline int pyir_int_floordiv(int64_t a, int64_t b, int64_t *out,
                                    pyir_error *err) {
  if (PYIR_UNLIKELY(b == 0))
    return pyir_raise_msg(err, PYIR_MSG_INT_DIV_ZERO);
  if (PYIR_UNLIKELY(b == -1))
    return pyir_int_neg(a, out, err);
  int64_t q = a / b;
  if ((a % b != 0) && ((a ^ b) < 0))
    q -= 1;
  *out = q;
  return 0;
}

/* a % b (result has the sign of b); ZeroDivisionError. */
static inline int pyir_int_mod(int64_t a, int64_t b, int64_t *out,
                               pyir_error *err) {
  if (PYIR_UNLIKELY(b == 0))
    return pyir_raise_msg(err, PYIR_MSG_INT_MOD_ZERO);
  if (PYIR_UNLIKELY(b == -1)) {
    *out = 0;
    return 0;
  }
  int64_t r = a % b;
  if (r != 0 && ((r ^ b) < 0))
    r += b;
  *out = r;
  return 0;
}

/* divmod(a, b) == (a // b, a % b); ZeroDivisionError; OverflowError. */
static inline int pyir_int_divmod(int64_t a, int64_t b, int64_t *q, int64_t *r,
                                  pyir_error *err) {
  if (PYIR_UNLIKELY(b == 0))
    return pyir_raise_msg(err, PYIR_MSG_INT_DIV_ZERO);
  if (PYIR_UNLIKELY(b == -1)) {
    *r = 0;
    return pyir_int_neg(a, q, err);
  }
  int64_t qq = a / b, rr = a % b;
  if (rr != 0 && ((rr ^ b) < 0)) {
    qq -= 1;
    rr += b;
  }
  *q = qq;
  *r = rr;
  return 0;
}

/* a // b under cdivision: C truncation, no zero check (b == 0 is undefined);
 * -2**63 // -1 wraps to -2**63 instead of trapping. */
static inline int64_t pyir_int_cdiv(int64_t a, int64_t b) {
  if (PYIR_UNLIKELY(b == -1))
    return (int64_t)(0 - (uint64_t)a);
  return a / b;
}

/* a % b under cdivision: C remainder (sign of a), no zero check. */
static inline int64_t pyir_int_cmod(int64_t a, int64_t b) {
  if (PYIR_UNLIKELY(b == -1))
    return 0;
  return a % b;
}

/* base ** exp, exact; OverflowError outside int64; 0 ** -n ZeroDivisionError;
 * other negative exponents ValueError (PyIR deviation). */
static inline int pyir_int_pow(int64_t base, int64_t exp, int64_t *out,
                               pyir_error *err) {
  if (PYIR_UNLIKELY(exp < 0)) {
    if (base == 0)
      return pyir_raise_msg(err, PYIR_MSG_ZERO_NEG_POW);
    return pyir_raise_msg(err, PYIR_MSG_INT_NEG_POW);
  }
  int64_t result = 1, b = base;
  uint64_t e = (uint64_t)exp;
  /* Squaring b only when more bits follow never overflows spuriously: the
   * final result is then at least b*b in magnitude (and never -2**63, which
   * is not a power of a square). */
  while (e) {
    if (e & 1) {
      if (PYIR_UNLIKELY(pyir_int_mul(result, b, &result, err)))
        return -1;
    }
    e >>= 1;
    if (e) {
      if (PYIR_UNLIKELY(pyir_int_mul(b, b, &b, err)))
        return -1;
    }
  }
  *out = result;
  return 0;
}

/* a << n; ValueError "negative shift count"; OverflowError outside int64. */
static inline int pyir_int_lshift(int64_t a, int64_t n, int64_t *out,
                                  pyir_error *err) {
  if (PYIR_UNLIKELY(n < 0))
    return pyir_raise_msg(err, PYIR_MSG_NEG_SHIFT);
  if (a == 0) {
    *out = 0;
    return 0;
  }
  if (PYIR_UNLIKELY(n >= 63 || a > (INT64_MAX >> n) ||
                    a < -(INT64_C(1) << (63 - n)))) {
    if (n == 63 && a == -1) { /* -1 << 63 == -2**63 fits */
      *out = INT64_MIN;
      return 0;
    }
    return pyir_raise_msg(err, PYIR_MSG_INT_OVERFLOW);
  }
  *out = (int64_t)((uint64_t)a << n);
  return 0;
}

/* a >> n (floor: x >> 100 is 0 or -1); ValueError "negative shift count". */
static inline int pyir_int_rshift(int64_t a, int64_t n, int64_t *out,
                                  pyir_error *err) {
  if (PYIR_UNLIKELY(n < 0))
    return pyir_raise_msg(err, PYIR_MSG_NEG_SHIFT);
  if (n > 63)
    n = 63;
  *out = a >= 0 ? (a >> n) : ~((~a) >> n);
  return 0;
}

#if defined(__SIZEOF_INT128__) && !defined(PYIR_NO_INT128)
#define PYIR_HAVE_INT128 1
__extension__ typedef unsigned __int128 pyir__u128;
#else
#define PYIR_HAVE_INT128 0 /* portable bit-by-bit division below */
#endif

/* Correctly rounded (round-half-even) ua/ub as a double, ub != 0: the
 * result CPython's long_true_divide gives.  Exact for all 64-bit inputs. */
static inline double pyir__udiv_to_double(uint64_t ua, uint64_t ub) {
  if (ua == 0)
    return 0.0;
  if (PYIR_LIKELY(ua <= (UINT64_C(1) << 53) && ub <= (UINT64_C(1) << 53)))
    return (double)ua / (double)ub; /* both exact: one correctly rounded op */
  /* Compute q = floor(ua * 2**s / ub) with at least 55 significant bits,
   * OR a sticky bit for a nonzero remainder into its lowest bit, and let the
   * (correctly rounded) uint64 -> double conversion do the rounding; then
   * scale by 2**-s exactly (the quotient of int64 values is always normal). */
  int la = 64 - __builtin_clzll(ua), lb = 64 - __builtin_clzll(ub);
  int s = 55 + lb - la;
  if (s < 0)
    s = 0;
  uint64_t q, r;
#if PYIR_HAVE_INT128
  {
    pyir__u128 n = (pyir__u128)ua << s;
    q = (uint64_t)(n / ub);
    r = (uint64_t)(n % ub);
  }
#else
  {
    /* restoring long division of ua * 2**s by ub, one bit at a time */
    uint64_t rem = 0;
    q = 0;
    for (int i = 63 + s; i >= 0; --i) {
      uint64_t bit = (i >= s) ? ((ua >> (i - s)) & 1) : 0;
      int carry = (int)(rem >> 63);
      rem = (rem << 1) | bit;
      q <<= 1;
      if (carry || rem >= ub) {
        rem -= ub;
        q |= 1;
      }
    }
    r = rem;
  }
#endif
  if (r != 0)
    q |= 1;
  return ldexp((double)q, -s);
}

/* a / b for ints: correctly rounded like CPython; ZeroDivisionError. */
static inline int pyir_int_truediv(int64_t a, int64_t b, double *out,
                                   pyir_error *err) {
  if (PYIR_UNLIKELY(b == 0))
    return pyir_raise_msg(err, PYIR_MSG_DIV_ZERO);
  uint64_t ua = a < 0 ? 0 - (uint64_t)a : (uint64_t)a;
  uint64_t ub = b < 0 ? 0 - (uint64_t)b : (uint64_t)b;
  double q = pyir__udiv_to_double(ua, ub);
  *out = ((a < 0) != (b < 0)) ? -q : q;
  return 0;
}

/* float(n): int64 -> double, round to nearest even (same as CPython). */
static inline double pyir_int_to_float(int64_t n) { return (double)n; }

/* float(n) for a u64. */
static inline double pyir_u64_to_float(uint64_t n) { return (double)n; }

/* int(u) for a u64 value widened to int: OverflowError above 2**63-1. */
static inline int pyir_u64_to_int(uint64_t u, int64_t *out, pyir_error *err) {
  if (PYIR_UNLIKELY(u > (uint64_t)INT64_MAX))
    return pyir_raise_msg(err, PYIR_MSG_INT_OVERFLOW);
  *out = (int64_t)u;
  return 0;
}

/* max(a, b), min(a, b) for ints. */
static inline int64_t pyir_int_max(int64_t a, int64_t b) {
  return b > a ? b : a;
}
static inline int64_t pyir_int_min(int64_t a, int64_t b) {
  return b < a ? b : a;
}

/*===------------------------------------------------------------------===*
 * Conversions float -> integer
 *===------------------------------------------------------------------===*/

/* x truncated toward zero into *out, if it is in int64's range (false for
 * NaN and inf). The common case is one compare, |x| < 2**63 (false for NaN);
 * -2**63 is the one value in range outside it. (cvttsd2si's INT64_MIN for
 * every x out of range would be cheaper still, but GCC folds the intrinsic
 * on constants to other values: INT64_MAX for 1e308, 0 for NaN.) */
static inline bool pyir__truncate_to_i64(double x, int64_t *out) {
  if (PYIR_UNLIKELY(!(fabs(x) < 0x1p63)) && x != -0x1p63)
    return false;
  *out = (int64_t)x;
  return true;
}

/* int(x): truncate toward zero; ValueError for NaN, OverflowError for inf and
 * for values outside int64. */
static inline int pyir_float_to_int(double x, int64_t *out, pyir_error *err) {
  if (PYIR_LIKELY(pyir__truncate_to_i64(x, out)))
    return 0;
  if (isnan(x))
    return pyir_raise_msg(err, PYIR_MSG_FLOAT_NAN_TO_INT);
  if (isinf(x))
    return pyir_raise_msg(err, PYIR_MSG_FLOAT_INF_TO_INT);
  return pyir_raise_msg(err, PYIR_MSG_INT_OVERFLOW);
}

/* int(x) mod 2**64, exact for every finite double (the low 64 bits of the
 * truncated value); ValueError for NaN, OverflowError for inf. */
static inline int pyir__float_to_u64_mod(double x, uint64_t *out,
                                         pyir_error *err) {
  int64_t truncated;
  if (PYIR_LIKELY(pyir__truncate_to_i64(x, &truncated))) {
    *out = (uint64_t)truncated;
    return 0;
  }
  if (isnan(x))
    return pyir_raise_msg(err, PYIR_MSG_FLOAT_NAN_TO_INT);
  if (isinf(x))
    return pyir_raise_msg(err, PYIR_MSG_FLOAT_INF_TO_INT);
  /* |x| >= 2**63 is an integer; fmod is exact and leaves |r| < 2**64. */
  double r = fmod(x, 0x1p64);
  uint64_t m = (uint64_t)fabs(r);
  *out = r < 0 ? 0 - m : m;
  return 0;
}

/* f32(x): round a double to nearest binary32 (overflow gives +-inf). */
static inline float pyir_float_to_f32(double x) { return (float)x; }

/*===------------------------------------------------------------------===*
 * Fixed-width integers (wrap modulo 2**N, never undefined behaviour)
 *===------------------------------------------------------------------===*/

/* Reduce a uint64 modulo 2**N into the signed type, without relying on the
 * implementation-defined unsigned -> signed conversion. */
static inline int8_t pyir__wrap_i8(uint64_t u) {
  u &= 0xFFu;
  return (int8_t)(u >= 0x80u ? (int)u - 0x100 : (int)u);
}
static inline int16_t pyir__wrap_i16(uint64_t u) {
  u &= 0xFFFFu;
  return (int16_t)(u >= 0x8000u ? (int32_t)u - 0x10000 : (int32_t)u);
}
static inline int32_t pyir__wrap_i32(uint64_t u) {
  u &= 0xFFFFFFFFu;
  return u >= 0x80000000u ? (int32_t)((int64_t)u - INT64_C(0x100000000))
                          : (int32_t)u;
}
static inline int64_t pyir__wrap_i64(uint64_t u) {
  return u >= (UINT64_C(1) << 63)
             ? (int64_t)(u - (UINT64_C(1) << 63)) + INT64_MIN
             : (int64_t)u;
}
/* v < 0, without "always false" warnings for the unsigned types. */
static inline bool pyir__neg_i8(int8_t v) { return v < 0; }
static inline bool pyir__neg_i16(int16_t v) { return v < 0; }
static inline bool pyir__neg_i32(int32_t v) { return v < 0; }
static inline bool pyir__neg_i64(int64_t v) { return v < 0; }
static inline bool pyir__neg_u8(uint8_t v) {
  (void)v;
  return false;
}
static inline bool pyir__neg_u16(uint16_t v) {
  (void)v;
  return false;
}
static inline bool pyir__neg_u32(uint32_t v) {
  (void)v;
  return false;
}
static inline bool pyir__neg_u64(uint64_t v) {
  (void)v;
  return false;
}
static inline uint8_t pyir__wrap_u8(uint64_t u) { return (uint8_t)u; }
static inline uint16_t pyir__wrap_u16(uint64_t u) { return (uint16_t)u; }
static inline uint32_t pyir__wrap_u32(uint64_t u) { return (uint32_t)u; }
static inline uint64_t pyir__wrap_u64(uint64_t u) { return u; }

/* Operations common to signed and unsigned fixed widths.  For type NAME:
 *   NAME_add/sub/mul/neg(a[, b])   wrapping arithmetic
 *   NAME_pow(a, e, out, err)       a ** e wrapped; negative e: 0 ** -n
 *                                  ZeroDivisionError, else ValueError
 *   NAME_lshift(a, n, out, err)    a << n wrapped (n >= N gives 0);
 *                                  ValueError "negative shift count"
 *   NAME_from_int(v)               NAME(v) for an int64: v mod 2**N
 *   NAME_from_float(x, out, err)   NAME(x): int(x) (NaN ValueError, inf
 *                                  OverflowError) taken mod 2**N exactly */
#define PYIR__DEF_FIXED_COMMON(NAME, T)                                        \
  static inline T pyir_##NAME##_add(T a, T b) {                                \
    return pyir__wrap_##NAME((uint64_t)a + (uint64_t)b);                       \
  }                                                                            \
  static inline T pyir_##NAME##_sub(T a, T b) {                                \
    return pyir__wrap_##NAME((uint64_t)a - (uint64_t)b);                       \
  }                                                                            \
  static inline T pyir_##NAME##_mul(T a, T b) {                                \
    return pyir__wrap_##NAME((uint64_t)a * (uint64_t)b);                       \
  }                                                                            \
  static inline T pyir_##NAME##_neg(T a) {                                     \
    return pyir__wrap_##NAME(0 - (uint64_t)a);                                 \
  }                                                                            \
  static inline int pyir_##NAME##_pow(T a, T e, T *out, pyir_error *err) {     \
    if (PYIR_UNLIKELY(pyir__neg_##NAME(e))) {                                  \
      if (a == 0)                                                              \
        return pyir_raise_msg(err, PYIR_MSG_ZERO_NEG_POW);                     \
      return pyir_raise_msg(err, PYIR_MSG_INT_NEG_POW);                        \
    }                                                                          \
    uint64_t r = 1, b = (uint64_t)a, k = (uint64_t)e;                          \
    while (k) {                                                                \
      if (k & 1)                                                               \
        r *= b;                                                                \
      b *= b;                                                                  \
      k >>= 1;                                                                 \
    }                                                                          \
    *out = pyir__wrap_##NAME(r);                                               \
    return 0;                                                                  \
  }                                                                            \
  static inline int pyir_##NAME##_lshift(T a, T n, T *out, pyir_error *err) {  \
    if (PYIR_UNLIKELY(pyir__neg_##NAME(n)))                                    \
      return pyir_raise_msg(err, PYIR_MSG_NEG_SHIFT);                          \
    *out = (uint64_t)n >= 8 * sizeof(T) ? (T)0                                 \
                                        : pyir__wrap_##NAME((uint64_t)a << n); \
    return 0;                                                                  \
  }                                                                            \
  static inline T pyir_##NAME##_from_int(int64_t v) {                          \
    return pyir__wrap_##NAME((uint64_t)v);                                     \
  }                                                                            \
  static inline int pyir_##NAME##_from_float(double x, T *out,                 \
                                             pyir_error *err) {                \
    uint64_t u;                                                                \
    if (PYIR_UNLIKELY(pyir__float_to_u64_mod(x, &u, err)))                     \
      return -1;                                                               \
    *out = pyir__wrap_##NAME(u);                                               \
    return 0;                                                                  \
  }

/* Signed fixed width NAME (type T, N bits), besides the common ones:
 *   NAME_abs(a)                          wrapping abs (abs(MIN) == MIN)
 *   NAME_floordiv/mod/divmod(..., err)   Python floor semantics, MIN // -1
 *                                        wraps; ZeroDivisionError
 *   NAME_cdiv/cmod(a, b)                 C truncation, no zero check
 *   NAME_rshift(a, n, out, err)          floor shift (n >= N: 0 or -1)
 *   NAME_truediv(a, b, out, err)         a / b as a correctly rounded double */
#define PYIR__DEF_FIXED_SIGNED(NAME, T)                                        \
  PYIR__DEF_FIXED_COMMON(NAME, T)                                              \
  static inline T pyir_##NAME##_abs(T a) {                                     \
    return a < 0 ? pyir_##NAME##_neg(a) : a;                                   \
  }                                                                            \
  static inline int pyir_##NAME##_floordiv(T a, T b, T *out,                   \
                                           pyir_error *err) {                  \
    if (PYIR_UNLIKELY(b == 0))                                                 \
      return pyir_raise_msg(err, PYIR_MSG_INT_DIV_ZERO);                       \
    if (PYIR_UNLIKELY(b == -1)) {                                              \
      *out = pyir_##NAME##_neg(a);                                             \
      return 0;                                                                \
    }                                                                          \
    T q = (T)(a / b);                                                          \
    if ((T)(a % b) != 0 && ((a < 0) != (b < 0)))                               \
      q = (T)(q - 1);                                                          \
    *out = q;                                                                  \
    return 0;                                                                  \
  }                                                                            \
  static inline int pyir_##NAME##_mod(T a, T b, T *out, pyir_error *err) {     \
    if (PYIR_UNLIKELY(b == 0))                                                 \
      return pyir_raise_msg(err, PYIR_MSG_INT_MOD_ZERO);                       \
    if (PYIR_UNLIKELY(b == -1)) {                                              \
      *out = 0;                                                                \
      return 0;                                                                \
    }                                                                          \
    T r = (T)(a % b);                                                          \
    if (r != 0 && ((r < 0) != (b < 0)))                                        \
      r = (T)(r + b);                                                          \
    *out = r;                                                                  \
    return 0;                                                                  \
  }                                                                            \
  static inline int pyir_##NAME##_divmod(T a, T b, T *q, T *r,                 \
                                         pyir_error *err) {                    \
    if (PYIR_UNLIKELY(b == 0))                                                 \
      return pyir_raise_msg(err, PYIR_MSG_INT_DIV_ZERO);                       \
    pyir_##NAME##_floordiv(a, b, q, err);                                      \
    pyir_##NAME##_mod(a, b, r, err);                                           \
    return 0;                                                                  \
  }                                                                            \
  static inline T pyir_##NAME##_cdiv(T a, T b) {                               \
    return PYIR_UNLIKELY(b == -1) ? pyir_##NAME##_neg(a) : (T)(a / b);         \
  }                                                                            \
  static inline T pyir_##NAME##_cmod(T a, T b) {                               \
    return PYIR_UNLIKELY(b == -1) ? (T)0 : (T)(a % b);                         \
  }                                                                            \
  static inline int pyir_##NAME##_rshift(T a, T n, T *out, pyir_error *err) {  \
    if (PYIR_UNLIKELY(n < 0))                                                  \
      return pyir_raise_msg(err, PYIR_MSG_NEG_SHIFT);                          \
    int64_t c =                                                                \
        n >= (T)(8 * sizeof(T)) ? (int64_t)(8 * sizeof(T) - 1) : (int64_t)n;   \
    *out = a >= 0 ? (T)(a >> c) : (T) ~((T)~a >> c);                           \
    return 0;                                                                  \
  }                                                                            \
  static inline int pyir_##NAME##_truediv(T a, T b, double *out,               \
                                          pyir_error *err) {                   \
    return pyir_int_truediv((int64_t)a, (int64_t)b, out, err);                 \
  }

/* Unsigned fixed width NAME: as signed, where floor == truncation. */
#define PYIR__DEF_FIXED_UNSIGNED(NAME, T)                                      \
  PYIR__DEF_FIXED_COMMON(NAME, T)                                              \
  static inline T pyir_##NAME##_abs(T a) { return a; }                         \
  static inline int pyir_##NAME##_floordiv(T a, T b, T *out,                   \
                                           pyir_error *err) {                  \
    if (PYIR_UNLIKELY(b == 0))                                                 \
      return pyir_raise_msg(err, PYIR_MSG_INT_DIV_ZERO);                       \
    *out = (T)(a / b);                                                         \
    return 0;                                                                  \
  }                                                                            \
  static inline int pyir_##NAME##_mod(T a, T b, T *out, pyir_error *err) {     \
    if (PYIR_UNLIKELY(b == 0))                                                 \
      return pyir_raise_msg(err, PYIR_MSG_INT_MOD_ZERO);                       \
    *out = (T)(a % b);                                                         \
    return 0;                                                                  \
  }                                                                            \
  static inline int pyir_##NAME##_divmod(T a, T b, T *q, T *r,                 \
                                         pyir_error *err) {                    \
    if (PYIR_UNLIKELY(b == 0))                                                 \
      return pyir_raise_msg(err, PYIR_MSG_INT_DIV_ZERO);                       \
    *q = (T)(a / b);                                                           \
    *r = (T)(a % b);                                                           \
    return 0;                                                                  \
  }                                                                            \
  static inline T pyir_##NAME##_cdiv(T a, T b) { return (T)(a / b); }          \
  static inline T pyir_##NAME##_cmod(T a, T b) { return (T)(a % b); }          \
  static inline int pyir_##NAME##_rshift(T a, T n, T *out, pyir_error *err) {  \
    (void)err;                                                                 \
    *out = (uint64_t)n >= 8 * sizeof(T) ? (T)0 : (T)(a >> n);                  \
    return 0;                                                                  \
  }                                                                            \
  static inline int pyir_##NAME##_truediv(T a, T b, double *out,               \
                                          pyir_error *err) {                   \
    if (PYIR_UNLIKELY(b == 0))                                                 \
      return pyir_raise_msg(err, PYIR_MSG_DIV_ZERO);                           \
    *out = pyir__udiv_to_double((uint64_t)a, (uint64_t)b);                     \
    return 0;                                                                  \
  }

/* The fixed-width families (pyir_entries.h); the compiler's folders call
 * the same functions through this list. */
#define PYIR__DEF_FIXED(NAME, T, SIGNEDNESS)                                   \
  PYIR__DEF_FIXED_##SIGNEDNESS(NAME, T)
PYIR_FIXED_WIDTH_FAMILIES(PYIR__DEF_FIXED)
#undef PYIR__DEF_FIXED

/* Checked conversions to a fixed width (`pyir.cast checked`): OverflowError
 * when the value does not fit T, which has the range [LO, HI].
 *   NAME_from_i64_checked(v, out, err)    a signed value (or bool) as int64
 *   NAME_from_u64_checked(v, out, err)    a u64
 *   NAME_from_float_checked(x, out, err)  int(x) (its errors), then T's
 *                                         range */
#define PYIR__DEF_CHECKED(NAME, T, LO, HI)                                     \
  static inline int pyir_##NAME##_from_i64_checked(int64_t v, T *out,          \
                                                   pyir_error *err) {          \
    if (PYIR_UNLIKELY(v < (LO) || (v > 0 && (uint64_t)v > (uint64_t)(HI))))    \
      return pyir_raise_msg(err, PYIR_MSG_INT_OVERFLOW);                       \
    *out = (T)v;                                                               \
    return 0;                                                                  \
  }                                                                            \
  static inline int pyir_##NAME##_from_u64_checked(uint64_t v, T *out,         \
                                                   pyir_error *err) {          \
    if (PYIR_UNLIKELY(v > (uint64_t)(HI)))                                     \
      return pyir_raise_msg(err, PYIR_MSG_INT_OVERFLOW);                       \
    *out = (T)v;                                                               \
    return 0;                                                                  \
  }                                                                            \
  static inline int pyir_##NAME##_from_float_checked(double x, T *out,         \
                                                     pyir_error *err) {        \
    int64_t v;                                                                 \
    if (PYIR_UNLIKELY(pyir_float_to_int(x, &v, err)))                          \
      return -1;                                                               \
    return pyir_##NAME##_from_i64_checked(v, out, err);                        \
  }
PYIR__DEF_CHECKED(i8, int8_t, INT8_MIN, INT8_MAX)
PYIR__DEF_CHECKED(i16, int16_t, INT16_MIN, INT16_MAX)
PYIR__DEF_CHECKED(i32, int32_t, INT32_MIN, INT32_MAX)
PYIR__DEF_CHECKED(i64, int64_t, INT64_MIN, INT64_MAX)
PYIR__DEF_CHECKED(u8, uint8_t, 0, UINT8_MAX)
PYIR__DEF_CHECKED(u16, uint16_t, 0, UINT16_MAX)
PYIR__DEF_CHECKED(u32, uint32_t, 0, UINT32_MAX)
PYIR__DEF_CHECKED(u64, uint64_t, 0, UINT64_MAX)
#undef PYIR__DEF_CHECKED

/*===------------------------------------------------------------------===*
 * float (binary64)
 *===------------------------------------------------------------------===*/

/* a / b; ZeroDivisionError "float division by zero". */
static inline int pyir_float_truediv(double a, double b, double *out,
                                     pyir_error *err) {
  if (PYIR_UNLIKELY(b == 0.0))
    return pyir_raise_msg(err, PYIR_MSG_FLOAT_DIV_ZERO);
  *out = a / b;
  return 0;
}

/* CPython's _float_div_mod (wx != 0). */
static inline void pyir__float_div_mod(double vx, double wx, double *floordiv,
                                       double *mod) {
  double div, m;
  m = fmod(vx, wx);
  div = (vx - m) / wx;
  if (m != 0.0 || isnan(m)) {
    if ((wx < 0) != (m < 0)) {
      m += wx;
      div -= 1.0;
    }
  } else {
    m = copysign(0.0, wx);
  }
  if (div != 0.0 || isnan(div)) {
    double fd = floor(div);
    if (div - fd > 0.5)
      fd += 1.0;
    *floordiv = fd;
  } else {
    *floordiv = copysign(0.0, vx / wx);
  }
  *mod = m;
}

/* a // b (float_floor_div); ZeroDivisionError "float floor division by zero".
 */
static inline int pyir_float_floordiv(double a, double b, double *out,
                                      pyir_error *err) {
  double m;
  if (PYIR_UNLIKELY(b == 0.0))
    return pyir_raise_msg(err, PYIR_MSG_FLOAT_FLOORDIV_ZERO);
  pyir__float_div_mod(a, b, out, &m);
  return 0;
}

/* a % b (float_rem: sign of b); ZeroDivisionError "float modulo". */
static inline int pyir_float_mod(double a, double b, double *out,
                                 pyir_error *err) {
  if (PYIR_UNLIKELY(b == 0.0))
    return pyir_raise_msg(err, PYIR_MSG_FLOAT_MOD_ZERO);
  double m = fmod(a, b);
  if (m != 0.0 || isnan(m)) {
    if ((b < 0) != (m < 0))
      m += b;
  } else {
    m = copysign(0.0, b);
  }
  *out = m;
  return 0;
}

/* divmod(a, b) (float_divmod); ZeroDivisionError "float divmod()". */
static inline int pyir_float_divmod(double a, double b, double *q, double *r,
                                    pyir_error *err) {
  if (PYIR_UNLIKELY(b == 0.0))
    return pyir_raise_msg(err, PYIR_MSG_FLOAT_DIVMOD_ZERO);
  pyir__float_div_mod(a, b, q, r);
  return 0;
}

/* fmod(fabs(x), 2.0) == 1.0: x is an odd integer. */
static inline bool pyir__is_odd_integer(double x) {
  return fmod(fabs(x), 2.0) == 1.0;
}

/* a ** b and pow(a, b) for floats (float_pow): 0.0 ** negative
 * ZeroDivisionError; overflow OverflowError; negative ** non-integral
 * ValueError (PyIR deviation: CPython returns a complex), or OverflowError
 * "complex exponentiation" where CPython's complex result overflows. */
static inline int pyir_float_pow(double iv, double iw, double *out,
                                 pyir_error *err) {
  int negate_result = 0;
  if (iw == 0.0) { /* v**0 is 1, even 0**0 and nan**0 */
    *out = 1.0;
    return 0;
  }
  if (isnan(iv)) {
    *out = iv;
    return 0;
  }
  if (isnan(iw)) {
    *out = iv == 1.0 ? 1.0 : iw;
    return 0;
  }
  if (isinf(iw)) {
    iv = fabs(iv);
    if (iv == 1.0)
      *out = 1.0;
    else if ((iw > 0.0) == (iv > 1.0))
      *out = fabs(iw);
    else
      *out = 0.0;
    return 0;
  }
  if (isinf(iv)) {
    bool odd = pyir__is_odd_integer(iw);
    if (iw > 0.0)
      *out = odd ? iv : fabs(iv);
    else
      *out = odd ? copysign(0.0, iv) : 0.0;
    return 0;
  }
  if (iv == 0.0) {
    bool odd = pyir__is_odd_integer(iw);
    if (iw < 0.0)
      return pyir_raise_msg(err, PYIR_MSG_ZERO_NEG_POW);
    *out = odd ? iv : 0.0;
    return 0;
  }
  if (iv < 0.0) {
    if (iw != floor(iw)) {
      /* CPython computes a complex |v|**w * e**(i*pi*w); it raises
       * OverflowError when that magnitude overflows, which PyIR keeps. */
      if (isinf(pyir__libm_pow(-iv, iw)))
        return pyir_raise_msg(err, PYIR_MSG_COMPLEX_POW_RANGE);
      return pyir_raise_msg(err, PYIR_MSG_FLOAT_NEG_FRAC_POW);
    }
    iv = -iv;
    negate_result = pyir__is_odd_integer(iw);
  }
  if (iv == 1.0) {
    *out = negate_result ? -1.0 : 1.0;
    return 0;
  }
  /* finite positive ** finite: only overflow can fail */
  double ix = pyir__libm_pow(iv, iw);
  if (PYIR_UNLIKELY(isinf(ix)))
    return pyir_raise_msg(err, PYIR_MSG_POW_RANGE);
  *out = negate_result ? -ix : ix;
  return 0;
}

/* max(a, b): a unless b > a (max(nan, 1.0) is nan, max(1.0, nan) is 1.0). */
static inline double pyir_float_max(double a, double b) {
  return b > a ? b : a;
}
/* min(a, b): a unless b < a. */
static inline double pyir_float_min(double a, double b) {
  return b < a ? b : a;
}
/* abs(x). */
static inline double pyir_float_abs(double x) { return fabs(x); }

/*===------------------------------------------------------------------===*
 * f32 (binary32): the float algorithms evaluated in binary32
 *===------------------------------------------------------------------===*/

/* a / b in binary32; ZeroDivisionError "float division by zero". */
static inline int pyir_f32_truediv(float a, float b, float *out,
                                   pyir_error *err) {
  if (PYIR_UNLIKELY(b == 0.0f))
    return pyir_raise_msg(err, PYIR_MSG_FLOAT_DIV_ZERO);
  *out = a / b;
  return 0;
}

static inline void pyir__f32_div_mod(float vx, float wx, float *floordiv,
                                     float *mod) {
  float div, m;
  m = fmodf(vx, wx);
  div = (vx - m) / wx;
  if (m != 0.0f || isnan(m)) {
    if ((wx < 0) != (m < 0)) {
      m += wx;
      div -= 1.0f;
    }
  } else {
    m = copysignf(0.0f, wx);
  }
  if (div != 0.0f || isnan(div)) {
    float fd = floorf(div);
    if (div - fd > 0.5f)
      fd += 1.0f;
    *floordiv = fd;
  } else {
    *floordiv = copysignf(0.0f, vx / wx);
  }
  *mod = m;
}

/* a // b in binary32 (float_floor_div's algorithm); ZeroDivisionError. */
static inline int pyir_f32_floordiv(float a, float b, float *out,
                                    pyir_error *err) {
  float m;
  if (PYIR_UNLIKELY(b == 0.0f))
    return pyir_raise_msg(err, PYIR_MSG_FLOAT_FLOORDIV_ZERO);
  pyir__f32_div_mod(a, b, out, &m);
  return 0;
}

/* a % b in binary32 (float_rem's algorithm); ZeroDivisionError. */
static inline int pyir_f32_mod(float a, float b, float *out, pyir_error *err) {
  if (PYIR_UNLIKELY(b == 0.0f))
    return pyir_raise_msg(err, PYIR_MSG_FLOAT_MOD_ZERO);
  float m = fmodf(a, b);
  if (m != 0.0f || isnan(m)) {
    if ((b < 0) != (m < 0))
      m += b;
  } else {
    m = copysignf(0.0f, b);
  }
  *out = m;
  return 0;
}

/* divmod(a, b) in binary32; ZeroDivisionError "float divmod()". */
static inline int pyir_f32_divmod(float a, float b, float *q, float *r,
                                  pyir_error *err) {
  if (PYIR_UNLIKELY(b == 0.0f))
    return pyir_raise_msg(err, PYIR_MSG_FLOAT_DIVMOD_ZERO);
  pyir__f32_div_mod(a, b, q, r);
  return 0;
}

/* a ** b for f32: float_pow on the widened values, rounded to binary32;
 * a finite result that overflows binary32 raises OverflowError. */
static inline int pyir_f32_pow(float a, float b, float *out, pyir_error *err) {
  double r;
  if (PYIR_UNLIKELY(pyir_float_pow((double)a, (double)b, &r, err)))
    return -1;
  float f = (float)r;
  if (PYIR_UNLIKELY(isinf(f) && !isinf(r)))
    return pyir_raise_msg(err, PYIR_MSG_POW_RANGE);
  *out = f;
  return 0;
}

/* max/min/abs for f32 with CPython's order. */
static inline float pyir_f32_max(float a, float b) { return b > a ? b : a; }
static inline float pyir_f32_min(float a, float b) { return b < a ? b : a; }
static inline float pyir_f32_abs(float x) { return fabsf(x); }

/*===------------------------------------------------------------------===*
 * round()
 *===------------------------------------------------------------------===*/

/* round(x) -> int: half to even; ValueError for NaN, OverflowError for inf
 * and outside int64. */
static inline int pyir_float_round_int(double x, int64_t *out,
                                       pyir_error *err) {
  double r = round(x);
  if (fabs(x - r) == 0.5)
    r = 2.0 * round(x / 2.0);
  return pyir_float_to_int(r, out, err);
}

/* round(x, ndigits) -> float, the double CPython returns (its dtoa mode 3
 * is emulated by exactly rounding printf + correctly rounding strtod);
 * OverflowError "rounded value too large to represent". */
static inline int pyir_float_round(double x, int64_t ndigits, double *out,
                                   pyir_error *err) {
  /* NDIGITS_MAX = (int)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103) = 323,
   * NDIGITS_MIN = -(int)((DBL_MAX_EXP + 1) * 0.30103) = -308. */
  if (!isfinite(x) || ndigits > 323) {
    *out = x;
    return 0;
  }
  if (ndigits < -308) {
    *out = 0.0 * x;
    return 0;
  }
  char buf[400 + 330];
  double r;
  if (ndigits >= 0) {
    /* glibc's printf rounds the exact binary value half-to-even, as dtoa. */
    snprintf(buf, sizeof buf, "%.*f", (int)ndigits, x);
    r = strtod(buf, NULL);
  } else {
    int k = (int)-ndigits; /* round to a multiple of 10**k */
    if (fabs(x) < 1.0) {
      *out = copysign(0.0, x); /* |x| < 1 <= 0.5 * 10**k */
      return 0;
    }
    /* |x| >= 1 has at most 52 fractional bits, so 52 fractional decimal
     * digits print its exact value. */
    char num[400];
    snprintf(num, sizeof num, "%.52f", fabs(x));
    /* integer digits (num[0] != '0'); the radix character is whatever the
     * locale's is, so it is never looked for by value */
    int L = (int)strspn(num, "0123456789");
    int keep = L - k; /* digits kept */
    int cmp;          /* dropped part vs half: -1, 0, 1 */
    int i;
    const char *p;
    if (keep < 0) {
      cmp = -1;
    } else {
      char first = num[keep];
      if (first > '5')
        cmp = 1;
      else if (first < '5')
        cmp = -1;
      else {
        cmp = 0;
        for (p = num + keep + 1; *p; ++p)
          if (*p >= '1' && *p <= '9') {
            cmp = 1;
            break;
          }
      }
    }
    char *o = buf;
    if (x < 0)
      *o++ = '-';
    int up = cmp > 0 || (cmp == 0 && keep > 0 && ((num[keep - 1] - '0') & 1));
    if (keep <= 0) {
      if (up) {
        snprintf(o, sizeof buf - 1, "1e%d", k);
      } else {
        *out = copysign(0.0, x);
        return 0;
      }
    } else {
      char digits[400];
      memcpy(digits + 1, num, (size_t)keep);
      digits[0] = '0';
      if (up) {
        for (i = keep; i >= 0; --i) {
          if (digits[i] == '9') {
            digits[i] = '0';
          } else {
            digits[i]++;
            break;
          }
        }
      }
      digits[keep + 1] = '\0';
      snprintf(o, sizeof buf - 1, "%se%d", digits, k);
    }
    r = strtod(buf, NULL);
  }
  if (PYIR_UNLIKELY(isinf(r)))
    return pyir_raise_msg(err, PYIR_MSG_ROUND_RANGE);
  *out = r;
  return 0;
}

/*===------------------------------------------------------------------===*
 * Exact mixed comparisons
 *===------------------------------------------------------------------===*/

/* Apply predicate `pred` to a three-way result c (-1, 0, 1; 2 = unordered). */
static inline bool pyir__cmp_apply(int c, int pred) {
  switch (pred) {
  case PYIR_CMP_LT:
    return c == -1;
  case PYIR_CMP_LE:
    return c == -1 || c == 0;
  case PYIR_CMP_EQ:
    return c == 0;
  case PYIR_CMP_NE:
    return c != 0;
  case PYIR_CMP_GT:
    return c == 1;
  case PYIR_CMP_GE:
    return c == 1 || c == 0;
  default:
    return false;
  }
}

/* Exact three-way comparison of an int64 and a double (2 if d is NaN). */
static inline int pyir__cmp3_int_float(int64_t i, double d) {
  if (isnan(d))
    return 2;
  if (d >= 0x1p63)
    return -1;
  if (d < -0x1p63)
    return 1;
  double t = trunc(d); /* in [-2**63, 2**63): converts exactly */
  int64_t ti = (int64_t)t;
  if (i < ti)
    return -1;
  if (i > ti)
    return 1;
  double frac = d - t; /* exact */
  return frac > 0 ? -1 : (frac < 0 ? 1 : 0);
}

/* Exact three-way comparison of a uint64 and a double (2 if d is NaN). */
static inline int pyir__cmp3_u64_float(uint64_t u, double d) {
  if (isnan(d))
    return 2;
  if (d >= 0x1p64)
    return -1;
  if (d < 0.0)
    return 1;
  double t = trunc(d);
  uint64_t tu = (uint64_t)t;
  if (u < tu)
    return -1;
  if (u > tu)
    return 1;
  double frac = d - t;
  return frac > 0 ? -1 : 0;
}

/* i <pred> d, exactly (int vs float, NaN: only != is true). */
static inline bool pyir_cmp_int_float(int64_t i, double d, int pred) {
  return pyir__cmp_apply(pyir__cmp3_int_float(i, d), pred);
}
/* d <pred> i, exactly. */
static inline bool pyir_cmp_float_int(double d, int64_t i, int pred) {
  int c = pyir__cmp3_int_float(i, d);
  return pyir__cmp_apply(c == 2 ? 2 : -c, pred);
}
/* u <pred> d, exactly (u64 vs float). */
static inline bool pyir_cmp_u64_float(uint64_t u, double d, int pred) {
  return pyir__cmp_apply(pyir__cmp3_u64_float(u, d), pred);
}
/* d <pred> u, exactly. */
static inline bool pyir_cmp_float_u64(double d, uint64_t u, int pred) {
  int c = pyir__cmp3_u64_float(u, d);
  return pyir__cmp_apply(c == 2 ? 2 : -c, pred);
}
/* i <pred> u (int64 vs uint64), exactly. */
static inline bool pyir_cmp_int_u64(int64_t i, uint64_t u, int pred) {
  int c = i < 0 ? -1 : ((uint64_t)i < u ? -1 : ((uint64_t)i > u ? 1 : 0));
  return pyir__cmp_apply(c, pred);
}
/* u <pred> i, exactly. */
static inline bool pyir_cmp_u64_int(uint64_t u, int64_t i, int pred) {
  int c = i < 0 ? 1 : (u < (uint64_t)i ? -1 : (u > (uint64_t)i ? 1 : 0));
  return pyir__cmp_apply(c, pred);
}

/*===------------------------------------------------------------------===*
 * math module (CPython 3.11 Modules/mathmodule.c error semantics)
 *===------------------------------------------------------------------===*/

/* math_1's checks: r = f(x).  NaN from non-NaN: ValueError; inf from finite:
 * OverflowError if the function can overflow, else ValueError. */
static inline int pyir__math1(double x, double r, bool can_overflow,
                              double *out, pyir_error *err) {
  if (PYIR_UNLIKELY(isnan(r) && !isnan(x)))
    return pyir_raise_msg(err, PYIR_MSG_MATH_DOMAIN);
  if (PYIR_UNLIKELY(isinf(r) && isfinite(x))) {
    if (can_overflow)
      return pyir_raise_msg(err, PYIR_MSG_MATH_RANGE);
    return pyir_raise_msg(err, PYIR_MSG_MATH_DOMAIN);
  }
  *out = r;
  return 0;
}

#define PYIR__MATH1(NAME, EXPR, CAN_OVERFLOW)                                  \
  static inline int pyir_math_##NAME(double x, double *out, pyir_error *err) { \
    return pyir__math1(x, EXPR, CAN_OVERFLOW, out, err);                       \
  }

/* math.sqrt/exp/expm1/sin/cos/tan/asin/acos/atan/sinh/cosh/tanh/log1p(x):
 * ValueError "math domain error", OverflowError "math range error". */
PYIR__MATH1(sqrt, sqrt(x), false)
PYIR__MATH1(exp, pyir__libm_exp(x), true)
PYIR__MATH1(expm1, pyir__libm_expm1(x), true)
PYIR__MATH1(sin, pyir__libm_sin(x), false)
PYIR__MATH1(cos, pyir__libm_cos(x), false)
PYIR__MATH1(tan, pyir__libm_tan(x), false)
PYIR__MATH1(asin, pyir__libm_asin(x), false)
PYIR__MATH1(acos, pyir__libm_acos(x), false)
PYIR__MATH1(atan, pyir__libm_atan(x), false)
PYIR__MATH1(sinh, pyir__libm_sinh(x), true)
PYIR__MATH1(cosh, pyir__libm_cosh(x), true)
PYIR__MATH1(tanh, pyir__libm_tanh(x), false)
PYIR__MATH1(log1p, pyir__libm_log1p(x), false)

/* CPython's m_log / m_log2 / m_log10: libm for finite x > 0; log(0) = -inf,
 * log(negative) = nan, log(nan) = nan, log(inf) = inf, log(-inf) = nan. */
#define PYIR__MLOG(NAME, FN)                                                   \
  static inline double pyir__m_##NAME(double x) {                              \
    if (isfinite(x)) {                                                         \
      if (x > 0.0)                                                             \
        return FN(x);                                                          \
      return x == 0.0 ? -HUGE_VAL : NAN;                                       \
    }                                                                          \
    if (isnan(x) || x > 0.0)                                                   \
      return x;                                                                \
    return NAN;                                                                \
  }
PYIR__MLOG(log, pyir__libm_log)
PYIR__MLOG(log2, pyir__libm_log2)
PYIR__MLOG(log10, pyir__libm_log10)

/* math.log(x) / math.log2(x) / math.log10(x): ValueError for x <= 0. */
PYIR__MATH1(log, pyir__m_log(x), false)
PYIR__MATH1(log2, pyir__m_log2(x), false)
PYIR__MATH1(log10, pyir__m_log10(x), false)

/* math.log(x, base) = log(x) / log(base): ValueError for x <= 0 or base <= 0
 * (x checked first), ZeroDivisionError "float division by zero" for base 1. */
static inline int pyir_math_log_base(double x, double base, double *out,
                                     pyir_error *err) {
  double num, den;
  if (PYIR_UNLIKELY(pyir_math_log(x, &num, err)))
    return -1;
  if (PYIR_UNLIKELY(pyir_math_log(base, &den, err)))
    return -1;
  return pyir_float_truediv(num, den, out, err);
}

/* math.fabs(x) (never raises). */
static inline double pyir_math_fabs(double x) { return fabs(x); }
/* math.copysign(x, y) (never raises). */
static inline double pyir_math_copysign(double x, double y) {
  return copysign(x, y);
}
/* math.isnan / isinf / isfinite. */
static inline bool pyir_math_isnan(double x) { return isnan(x) != 0; }
static inline bool pyir_math_isinf(double x) { return isinf(x) != 0; }
static inline bool pyir_math_isfinite(double x) { return isfinite(x) != 0; }

/* math.floor(x) -> int: int()'s errors (NaN ValueError, inf/out of range
 * OverflowError). */
static inline int pyir_math_floor(double x, int64_t *out, pyir_error *err) {
  return pyir_float_to_int(floor(x), out, err);
}
/* math.ceil(x) -> int: int()'s errors. */
static inline int pyir_math_ceil(double x, int64_t *out, pyir_error *err) {
  return pyir_float_to_int(ceil(x), out, err);
}
/* math.trunc(x) -> int: int()'s errors. */
static inline int pyir_math_trunc(double x, int64_t *out, pyir_error *err) {
  return pyir_float_to_int(x, out, err);
}

/* math_2's checks: NaN from non-NaN args: ValueError; inf from finite args:
 * OverflowError. */
static inline int pyir__math2(double x, double y, double r, double *out,
                              pyir_error *err) {
  if (PYIR_UNLIKELY(isnan(r) && !isnan(x) && !isnan(y)))
    return pyir_raise_msg(err, PYIR_MSG_MATH_DOMAIN);
  if (PYIR_UNLIKELY(isinf(r) && isfinite(x) && isfinite(y)))
    return pyir_raise_msg(err, PYIR_MSG_MATH_RANGE);
  *out = r;
  return 0;
}

/* CPython's m_atan2: the C99 special values, independent of libm. */
static inline double pyir__m_atan2(double y, double x) {
  const double pi = 3.141592653589793238462643383279502884197;
  if (isnan(x) || isnan(y))
    return NAN;
  if (isinf(y)) {
    if (isinf(x)) {
      if (copysign(1., x) == 1.)
        return copysign(0.25 * pi, y);
      return copysign(0.75 * pi, y);
    }
    return copysign(0.5 * pi, y);
  }
  if (isinf(x) || y == 0.) {
    if (copysign(1., x) == 1.)
      return copysign(0., y);
    return copysign(pi, y);
  }
  return pyir__libm_atan2(y, x);
}

/* math.atan2(y, x) (never raises in practice; math_2's checks kept). */
static inline int pyir_math_atan2(double y, double x, double *out,
                                  pyir_error *err) {
  return pyir__math2(y, x, pyir__m_atan2(y, x), out, err);
}

/* math.fmod(x, y): x for finite x and infinite y; ValueError "math domain
 * error" for y == 0 or infinite x. */
static inline int pyir_math_fmod(double x, double y, double *out,
                                 pyir_error *err) {
  if (isinf(y) && isfinite(x)) {
    *out = x;
    return 0;
  }
  double r = fmod(x, y);
  if (PYIR_UNLIKELY(isnan(r) && !isnan(x) && !isnan(y)))
    return pyir_raise_msg(err, PYIR_MSG_MATH_DOMAIN);
  *out = r;
  return 0;
}

/* math.pow(x, y): CPython's special cases; ValueError for 0 ** negative and
 * negative ** non-integral, OverflowError "math range error" on overflow. */
static inline int pyir_math_pow(double x, double y, double *out,
                                pyir_error *err) {
  double r;
  if (!isfinite(x) || !isfinite(y)) {
    if (isnan(x))
      r = y == 0. ? 1. : x;
    else if (isnan(y))
      r = x == 1. ? 1. : y;
    else if (isinf(x)) {
      bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
      if (y > 0.)
        r = odd_y ? x : fabs(x);
      else if (y == 0.)
        r = 1.;
      else
        r = odd_y ? copysign(0., x) : 0.;
    } else { /* isinf(y) */
      if (fabs(x) == 1.0)
        r = 1.;
      else if (y > 0. && fabs(x) > 1.0)
        r = y;
      else if (y < 0. && fabs(x) < 1.0)
        r = -y;
      else
        r = 0.;
    }
    *out = r;
    return 0;
  }
  r = pyir__libm_pow(x, y);
  if (PYIR_UNLIKELY(!isfinite(r))) {
    if (isnan(r) || x == 0.)
      return pyir_raise_msg(err, PYIR_MSG_MATH_DOMAIN);
    return pyir_raise_msg(err, PYIR_MSG_MATH_RANGE);
  }
  *out = r;
  return 0;
}

/* CPython 3.11's vector_norm (accurate hypot): scale by a power of two,
 * sum the squares with Veltkamp-split products and compensated sums, then
 * one Newton correction of the square root.  vec holds |x_i|, max = max|x_i|.
 */
static inline PYIR_NO_CONTRACT_FN double
pyir__vector_norm(size_t n, double *vec, double max, bool found_nan) {
  PYIR_NO_CONTRACT_BODY
  const double T27 = 134217729.0; /* ldexp(1.0, 27) + 1.0 */
  double x, scale, oldcsum, csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
  double t, hi, lo, h;
  int max_e;
  size_t i;

  if (isinf(max))
    return max;
  if (found_nan)
    return NAN;
  if (max == 0.0 || n <= 1)
    return max;
  frexp(max, &max_e);
  if (max_e < -1023) {
    /* ldexp(1.0, -max_e) would overflow: 3.11 divides by max instead and
     * sums the squares with a single compensation term. */
    for (i = 0; i < n; i++) {
      x = vec[i] / max;
      x = x * x;
      oldcsum = csum;
      csum += x;
      frac1 += (oldcsum - csum) + x;
    }
    return max * sqrt(csum - 1.0 + frac1);
  }
  scale = ldexp(1.0, -max_e);
  for (i = 0; i < n; i++) {
    x = vec[i];
    x *= scale;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = 2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    frac3 += lo * lo;
  }
  h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
  x = h;
  t = x * T27;
  hi = t - (t - x);
  lo = x - hi;
  x = -hi * hi;
  oldcsum = csum;
  csum += x;
  frac1 += (oldcsum - csum) + x;
  x = -2.0 * hi * lo;
  oldcsum = csum;
  csum += x;
  frac2 += (oldcsum - csum) + x;
  x = -lo * lo;
  oldcsum = csum;
  csum += x;
  frac3 += (oldcsum - csum) + x;
  x = csum - 1.0 + (frac1 + frac2 + frac3);
  return (h + x / (2.0 * h)) / scale;
}

/* math.hypot(x, y): CPython's own algorithm (inf wins over nan; never raises).
 */
static inline double pyir_math_hypot(double x, double y) {
  double v[2];
  double max = 0.0;
  bool found_nan = false;
  v[0] = fabs(x);
  v[1] = fabs(y);
  for (int i = 0; i < 2; i++) {
    found_nan |= isnan(v[i]) != 0;
    if (v[i] > max)
      max = v[i];
  }
  return pyir__vector_norm(2, v, max, found_nan);
}

/* math.acosh/asinh/atanh/cbrt/exp2(x): math_1's checks (acosh(0.5),
 * atanh(1.0): ValueError; exp2(2000.0): OverflowError). */
PYIR__MATH1(acosh, pyir__libm_acosh(x), false)
PYIR__MATH1(atanh, pyir__libm_atanh(x), false)
PYIR__MATH1(exp2, pyir__libm_exp2(x), true)
/* math.asinh/cbrt/erf/erfc(x): libm's, never raise (erfc's underflow to 0 is
 * no error for CPython's is_error either). */
static inline double pyir_math_asinh(double x) { return pyir__libm_asinh(x); }
static inline double pyir_math_cbrt(double x) { return pyir__libm_cbrt(x); }
static inline double pyir_math_erf(double x) { return pyir__libm_erf(x); }
static inline double pyir_math_erfc(double x) { return pyir__libm_erfc(x); }

/* sin(pi * x) for finite x, exact at the integers and half-integers (what
 * CPython's m_sinpi computes, operation for operation: the gamma functions'
 * results depend on it bit for bit). */
static inline double pyir__sinpi(double x) {
  const double pi = 3.141592653589793238462643383279502884197;
  double y = fmod(fabs(x), 2.0);
  double r;
  /* Which eighth-turn y is nearest to: 0..4 quarter periods. */
  switch ((int)round(2.0 * y)) {
  case 0:
    r = pyir__libm_sin(pi * y);
    break;
  case 1:
    r = pyir__libm_cos(pi * (y - 0.5));
    break;
  case 2:
    /* sin(pi * (1 - y)), not -sin(pi * (y - 1)): +0.0 at y == 1. */
    r = pyir__libm_sin(pi * (1.0 - y));
    break;
  case 3:
    r = -pyir__libm_cos(pi * (y - 1.5));
    break;
  default:
    r = pyir__libm_sin(pi * (y - 2.0));
    break;
  }
  return copysign(1.0, x) * r;
}

/* The Lanczos approximation CPython's gamma and lgamma use (N = 13,
 * g = 6.024680040776729583740234375, Boost's parameters), as the rational
 * function num(x) / den(x), for x > 0. Large x evaluates it in 1/x. */
#define PYIR__LANCZOS_N 13
static const double pyir__lanczos_g = 6.024680040776729583740234375;
static const double pyir__lanczos_g_minus_half = 5.524680040776729583740234375;
static inline double pyir__lanczos_sum(double x) {
  static const double num_coeffs[PYIR__LANCZOS_N] = {
      23531376880.410759688572007674451636754734846804940,
      42919803642.649098768957899047001988850926355848959,
      35711959237.355668049440185451547166705960488635843,
      17921034426.037209699919755754458931112671403265390,
      6039542586.3520280050642916443072979210699388420708,
      1439720407.3117216736632230727949123939715485786772,
      248874557.86205415651146038641322942321632125127801,
      31426415.585400194380614231628318205362874684987640,
      2876370.6289353724412254090516208496135991145378768,
      186056.26539522349504029498971604569928220784236328,
      8071.6720023658162106380029022722506138218516325024,
      210.82427775157934587250973392071336271166969580291,
      2.5066282746310002701649081771338373386264310793408};
  /* x * (x + 1) * ... * (x + N - 2), expanded. */
  static const double den_coeffs[PYIR__LANCZOS_N] = {
      0.0,        39916800.0, 120543840.0, 150917976.0, 105258076.0,
      45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
      1925.0,     66.0,       1.0};
  double num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (int i = PYIR__LANCZOS_N - 1; i >= 0; --i) {
      num = num * x + num_coeffs[i];
      den = den * x + den_coeffs[i];
    }
  } else {
    for (int i = 0; i < PYIR__LANCZOS_N; ++i) {
      num = num / x + num_coeffs[i];
      den = den / x + den_coeffs[i];
    }
  }
  return num / den;
}

/* math.gamma(x): CPython's m_tgamma (C99 Annex F special values, Lanczos
 * with a correction for the rounding of x + g - 0.5, reflection for x < 0),
 * with math_1a's errors: ValueError at 0, the negative integers and -inf,
 * OverflowError when the result overflows. */
static inline int pyir_math_gamma(double x, double *out, pyir_error *err) {
  if (!isfinite(x)) {
    if (PYIR_UNLIKELY(x < 0.0)) /* -inf */
      return pyir_raise_msg(err, PYIR_MSG_MATH_DOMAIN);
    *out = x; /* nan, +inf */
    return 0;
  }
  if (PYIR_UNLIKELY(x == 0.0))
    return pyir_raise_msg(err, PYIR_MSG_MATH_DOMAIN);
  if (x == floor(x)) {
    if (PYIR_UNLIKELY(x < 0.0))
      return pyir_raise_msg(err, PYIR_MSG_MATH_DOMAIN);
    /* (n - 1)! for n <= 23 is exact in a double: 22! < 2**70 has 53
     * significant bits at most. */
    if (x <= 23.0) {
      double f = 1.0;
      for (int k = 2; k < (int)x; ++k)
        f *= k;
      *out = f;
      return 0;
    }
  }
  double absx = fabs(x), r;
  if (absx < 1e-20) { /* gamma(x) ~ 1/x */
    r = 1.0 / x;
  } else if (absx > 200.0) {
    /* Overflows for x > 200; underflows to +-0 for x < -200. */
    if (x > 0.0)
      return pyir_raise_msg(err, PYIR_MSG_MATH_RANGE);
    r = 0.0 / pyir__sinpi(x);
  } else {
    double y = absx + pyir__lanczos_g_minus_half;
    /* z: the rounding error of y, as CPython measures it. */
    double z;
    if (absx > pyir__lanczos_g_minus_half)
      z = (y - absx) - pyir__lanczos_g_minus_half;
    else
      z = (y - pyir__lanczos_g_minus_half) - absx;
    z = z * pyir__lanczos_g / y;
    bool halved = absx >= 140.0; /* pow(y, absx - 0.5) would overflow */
    double p = halved ? pyir__libm_pow(y, absx / 2.0 - 0.25)
                      : pyir__libm_pow(y, absx - 0.5);
    if (x < 0.0) {
      r = -3.141592653589793238462643383279502884197 / pyir__sinpi(absx) /
          absx * pyir__libm_exp(y) / pyir__lanczos_sum(absx);
      r -= z * r;
      r /= p;
      if (halved)
        r /= p;
    } else {
      r = pyir__lanczos_sum(absx) / pyir__libm_exp(y);
      r += z * r;
      r *= p;
      if (halved)
        r *= p;
    }
  }
  if (PYIR_UNLIKELY(isinf(r)))
    return pyir_raise_msg(err, PYIR_MSG_MATH_RANGE);
  *out = r;
  return 0;
}

/* math.lgamma(x): CPython's m_lgamma with math_1a's errors: ValueError at
 * 0 and the negative integers, OverflowError when the result overflows
 * (lgamma(1e308)); lgamma(+-inf) is inf. */
static inline int pyir_math_lgamma(double x, double *out, pyir_error *err) {
  if (!isfinite(x)) {
    *out = isnan(x) ? x : HUGE_VAL;
    return 0;
  }
  if (x == floor(x) && x <= 2.0) {
    if (PYIR_UNLIKELY(x <= 0.0))
      return pyir_raise_msg(err, PYIR_MSG_MATH_DOMAIN);
    *out = 0.0; /* lgamma(1) == lgamma(2) == 0 */
    return 0;
  }
  double absx = fabs(x), r;
  if (absx < 1e-20) { /* lgamma(x) ~ -log|x| */
    *out = -pyir__libm_log(absx);
    return 0;
  }
  r = pyir__libm_log(pyir__lanczos_sum(absx)) - pyir__lanczos_g;
  r += (absx - 0.5) * (pyir__libm_log(absx + pyir__lanczos_g - 0.5) - 1);
  if (x < 0.0)                                    /* reflection */
    r = 1.144729885849400174143427351353058711647 /* log(pi) */
        - pyir__libm_log(fabs(pyir__sinpi(absx))) - pyir__libm_log(absx) - r;
  if (PYIR_UNLIKELY(isinf(r)))
    return pyir_raise_msg(err, PYIR_MSG_MATH_RANGE);
  *out = r;
  return 0;
}

/* math.frexp(x) as its two parts: (x, 0) for 0, inf and nan (never
 * raises). */
static inline double pyir_math_frexp_mantissa(double x) {
  int e;
  return isfinite(x) && x != 0.0 ? frexp(x, &e) : x;
}
static inline int64_t pyir_math_frexp_exponent(double x) {
  int e = 0;
  if (isfinite(x) && x != 0.0)
    frexp(x, &e);
  return e;
}

/* math.modf(x) as its two parts: modf(inf) == (0.0, inf) with inf's sign,
 * modf(nan) == (nan, nan) (never raises). */
static inline double pyir_math_modf_fraction(double x) {
  if (!isfinite(x))
    return isnan(x) ? x : copysign(0.0, x);
  double integral;
  return modf(x, &integral);
}
static inline double pyir_math_modf_integer(double x) {
  double integral;
  if (!isfinite(x))
    return x;
  modf(x, &integral);
  return integral;
}

/* math.ldexp(x, i): x for 0, inf and nan; an exponent beyond C's int
 * overflows (or underflows to a signed zero); OverflowError "math range
 * error" when the result overflows. */
static inline int pyir_math_ldexp(double x, int64_t i, double *out,
                                  pyir_error *err) {
  double r;
  if (x == 0.0 || !isfinite(x))
    r = x;
  else if (i > INT32_MAX)
    r = copysign(HUGE_VAL, x);
  else if (i < INT32_MIN)
    r = copysign(0.0, x);
  else
    r = ldexp(x, (int)i);
  if (PYIR_UNLIKELY(isinf(r) && isfinite(x)))
    return pyir_raise_msg(err, PYIR_MSG_MATH_RANGE);
  *out = r;
  return 0;
}

/* math.isclose(a, b, *, rel_tol, abs_tol): ValueError "tolerances must be
 * non-negative"; exact equality (infinities included) is close, an infinity
 * is close to nothing else, otherwise |a - b| within either tolerance. */
static inline int pyir_math_isclose(double a, double b, double rel_tol,
                                    double abs_tol, bool *out,
                                    pyir_error *err) {
  if (PYIR_UNLIKELY(rel_tol < 0.0 || abs_tol < 0.0))
    return pyir_raise_msg(err, PYIR_MSG_ISCLOSE_TOL);
  if (a == b) {
    *out = true;
    return 0;
  }
  if (isinf(a) || isinf(b)) {
    *out = false;
    return 0;
  }
  double diff = fabs(b - a);
  *out =
      diff <= rel_tol * fabs(b) || diff <= rel_tol * fabs(a) || diff <= abs_tol;
  return 0;
}

/* |a| as an unsigned magnitude (exact for -2**63). */
static inline uint64_t pyir__magnitude(int64_t a) {
  return a < 0 ? 0 - (uint64_t)a : (uint64_t)a;
}

static inline uint64_t pyir__gcd_u64(uint64_t a, uint64_t b) {
  while (b != 0) {
    uint64_t t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/* A non-negative magnitude as `int`: OverflowError for 2**63 and above. */
static inline int pyir__magnitude_to_int(uint64_t m, int64_t *out,
                                         pyir_error *err) {
  if (PYIR_UNLIKELY(m > (uint64_t)INT64_MAX))
    return pyir_raise_msg(err, PYIR_MSG_INT_OVERFLOW);
  *out = (int64_t)m;
  return 0;
}

/* math.gcd(a, b) >= 0; OverflowError for 2**63 (gcd(-2**63, 0)). */
static inline int pyir_math_gcd(int64_t a, int64_t b, int64_t *out,
                                pyir_error *err) {
  return pyir__magnitude_to_int(
      pyir__gcd_u64(pyir__magnitude(a), pyir__magnitude(b)), out, err);
}

/* math.lcm(a, b) >= 0, 0 if either is 0; OverflowError outside int64. */
static inline int pyir_math_lcm(int64_t a, int64_t b, int64_t *out,
                                pyir_error *err) {
  uint64_t ma = pyir__magnitude(a), mb = pyir__magnitude(b), m;
  if (ma == 0 || mb == 0) {
    *out = 0;
    return 0;
  }
  if (PYIR_UNLIKELY(__builtin_mul_overflow(ma / pyir__gcd_u64(ma, mb), mb, &m)))
    return pyir_raise_msg(err, PYIR_MSG_INT_OVERFLOW);
  return pyir__magnitude_to_int(m, out, err);
}

/* n * (n - 1) * ... * (n - k + 1) for 0 <= k <= n, checked. */
static inline int pyir__falling_factorial(int64_t n, int64_t k, int64_t *out,
                                          pyir_error *err) {
  int64_t r = 1;
  /* Every factor is >= 2 until the last ones, so an overflow ends the loop
   * within 64 steps. */
  for (int64_t i = 0; i < k; ++i)
    if (PYIR_UNLIKELY(__builtin_mul_overflow(r, n - i, &r)))
      return pyir_raise_msg(err, PYIR_MSG_INT_OVERFLOW);
  *out = r;
  return 0;
}

/* math.factorial(n): ValueError "factorial() not defined for negative
 * values"; OverflowError for n > 20. */
static inline int pyir_math_factorial(int64_t n, int64_t *out,
                                      pyir_error *err) {
  if (PYIR_UNLIKELY(n < 0))
    return pyir_raise_msg(err, PYIR_MSG_FACTORIAL_NEG);
  return pyir__falling_factorial(n, n, out, err);
}

/* comb's and perm's checks: -1 when they raise (a negative n, then a
 * negative k), 1 when the result is 0 (k > n, stored), 0 to go on. */
static inline int pyir__check_n_k(int64_t n, int64_t k, int64_t *out,
                                  pyir_error *err) {
  if (PYIR_UNLIKELY(n < 0))
    return pyir_raise_msg(err, PYIR_MSG_N_NEGATIVE);
  if (PYIR_UNLIKELY(k < 0))
    return pyir_raise_msg(err, PYIR_MSG_K_NEGATIVE);
  if (k > n) {
    *out = 0;
    return 1;
  }
  return 0;
}

/* math.perm(n, k): ValueError for a negative n, then a negative k; 0 for
 * k > n; OverflowError outside int64. (perm(n) is factorial(n).) */
static inline int pyir_math_perm(int64_t n, int64_t k, int64_t *out,
                                 pyir_error *err) {
  int checked = pyir__check_n_k(n, k, out, err);
  if (checked != 0)
    return checked < 0 ? -1 : 0;
  return pyir__falling_factorial(n, k, out, err);
}

/* math.comb(n, k): ValueError for a negative n, then a negative k; 0 for
 * k > n; OverflowError outside int64. */
static inline int pyir_math_comb(int64_t n, int64_t k, int64_t *out,
                                 pyir_error *err) {
  int checked = pyir__check_n_k(n, k, out, err);
  if (checked != 0)
    return checked < 0 ? -1 : 0;
  if (k > n - k)
    k = n - k;
  /* C(n, i + 1) = C(n, i) * (n - i) / (i + 1), exactly: with g the gcd of
   * C(n, i) and i + 1, (i + 1) / g divides n - i. The values grow with i
   * (i < k <= n / 2), so an overflow is final. */
  uint64_t c = 1;
  for (int64_t i = 0; i < k; ++i) {
    uint64_t d = (uint64_t)i + 1, g = pyir__gcd_u64(c, d);
    if (PYIR_UNLIKELY(
            __builtin_mul_overflow(c / g, (uint64_t)(n - i) / (d / g), &c) ||
            c > (uint64_t)INT64_MAX))
      return pyir_raise_msg(err, PYIR_MSG_INT_OVERFLOW);
  }
  *out = (int64_t)c;
  return 0;
}

/* math.isqrt(n): the largest a with a * a <= n; ValueError "isqrt() argument
 * must be nonnegative". */
static inline int pyir_math_isqrt(int64_t n, int64_t *out, pyir_error *err) {
  if (PYIR_UNLIKELY(n < 0))
    return pyir_raise_msg(err, PYIR_MSG_ISQRT_NEG);
  /* The double square root is within one of the answer; correct it. */
  uint64_t a = (uint64_t)sqrt((double)n);
  while (a * a > (uint64_t)n)
    --a;
  while ((a + 1) * (a + 1) <= (uint64_t)n)
    ++a;
  *out = (int64_t)a;
  return 0;
}

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* PYIR_RUNTIME_PYIR_CORE_H */
