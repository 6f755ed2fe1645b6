/* Exports every operation of pyir_core.h as a plain C function for the
 * ctypes-based differential driver (check_runtime.py).
 *
 * Uniform ABI: int s_<op>(inputs..., outputs*..., int *kind, const char **msg)
 * returns the runtime's status (0 ok, -1 raised; always 0 for operations that
 * cannot raise).  Integer inputs/outputs travel as int64_t (signed types) or
 * uint64_t (unsigned types); the driver only passes values in range. */

#include "pyir/Runtime/pyir_core.h"

#define EXPORT __attribute__((visibility("default")))
#define ERR_BEGIN pyir_error e; e.kind = -1; e.message = 0; e.line = 0;
#define ERR_END  \
  *kind = e.kind; \
  *msg = e.message;

/* raising (A, B) -> R */
#define W2(NAME, FN, A, B, R)                                                    \
  EXPORT int s_##NAME(A a, B b, R *out, int *kind, const char **msg) {           \
    ERR_BEGIN int st = FN(a, b, out, &e);                                         \
    ERR_END return st;                                                            \
  }
/* raising (A) -> R */
#define W1(NAME, FN, A, R)                                                       \
  EXPORT int s_##NAME(A a, R *out, int *kind, const char **msg) {                \
    ERR_BEGIN int st = FN(a, out, &e);                                            \
    ERR_END return st;                                                            \
  }
/* raising (A, B) -> (R, R) */
#define W2x2(NAME, FN, A, B, R)                                                  \
  EXPORT int s_##NAME(A a, B b, R *o1, R *o2, int *kind, const char **msg) {     \
    ERR_BEGIN int st = FN(a, b, o1, o2, &e);                                      \
    ERR_END return st;                                                            \
  }
/* pure (A, B) -> R */
#define P2(NAME, FN, A, B, R)                                                    \
  EXPORT int s_##NAME(A a, B b, R *out, int *kind, const char **msg) {           \
    *kind = -1;                                                                   \
    *msg = 0;                                                                     \
    *out = (R)FN(a, b);                                                           \
    return 0;                                                                     \
  }
/* pure (A) -> R */
#define P1(NAME, FN, A, R)                                                       \
  EXPORT int s_##NAME(A a, R *out, int *kind, const char **msg) {                \
    *kind = -1;                                                                   \
    *msg = 0;                                                                     \
    *out = (R)FN(a);                                                              \
    return 0;                                                                     \
  }

/* int (checked int64) */
W2(int_add, pyir_int_add, int64_t, int64_t, int64_t)
W2(int_sub, pyir_int_sub, int64_t, int64_t, int64_t)
W2(int_mul, pyir_int_mul, int64_t, int64_t, int64_t)
W1(int_neg, pyir_int_neg, int64_t, int64_t)
W1(int_abs, pyir_int_abs, int64_t, int64_t)
W2(int_floordiv, pyir_int_floordiv, int64_t, int64_t, int64_t)
W2(int_mod, pyir_int_mod, int64_t, int64_t, int64_t)
W2x2(int_divmod, pyir_int_divmod, int64_t, int64_t, int64_t)
P2(int_cdiv, pyir_int_cdiv, int64_t, int64_t, int64_t)
P2(int_cmod, pyir_int_cmod, int64_t, int64_t, int64_t)
W2(int_pow, pyir_int_pow, int64_t, int64_t, int64_t)
W2(int_lshift, pyir_int_lshift, int64_t, int64_t, int64_t)
W2(int_rshift, pyir_int_rshift, int64_t, int64_t, int64_t)
W2(int_truediv, pyir_int_truediv, int64_t, int64_t, double)
P1(int_to_float, pyir_int_to_float, int64_t, double)
P1(u64_to_float, pyir_u64_to_float, uint64_t, double)
W1(u64_to_int, pyir_u64_to_int, uint64_t, int64_t)
P2(int_max, pyir_int_max, int64_t, int64_t, int64_t)
P2(int_min, pyir_int_min, int64_t, int64_t, int64_t)

/* fixed widths */
#define FIXED(NAME, T, X)                                                        \
  EXPORT int s_##NAME##_add(X a, X b, X *out, int *kind, const char **msg) {     \
    *kind = -1; *msg = 0; *out = (X)pyir_##NAME##_add((T)a, (T)b); return 0;     \
  }                                                                              \
  EXPORT int s_##NAME##_sub(X a, X b, X *out, int *kind, const char **msg) {     \
    *kind = -1; *msg = 0; *out = (X)pyir_##NAME##_sub((T)a, (T)b); return 0;     \
  }                                                                              \
  EXPORT int s_##NAME##_mul(X a, X b, X *out, int *kind, const char **msg) {     \
    *kind = -1; *msg = 0; *out = (X)pyir_##NAME##_mul((T)a, (T)b); return 0;     \
  }                                                                              \
  EXPORT int s_##NAME##_cdiv(X a, X b, X *out, int *kind, const char **msg) {    \
    *kind = -1; *msg = 0; *out = (X)pyir_##NAME##_cdiv((T)a, (T)b); return 0;    \
  }                                                                              \
  EXPORT int s_##NAME##_cmod(X a, X b, X *out, int *kind, const char **msg) {    \
    *kind = -1; *msg = 0; *out = (X)pyir_##NAME##_cmod((T)a, (T)b); return 0;    \
  }                                                                              \
  EXPORT int s_##NAME##_neg(X a, X *out, int *kind, const char **msg) {          \
    *kind = -1; *msg = 0; *out = (X)pyir_##NAME##_neg((T)a); return 0;           \
  }                                                                              \
  EXPORT int s_##NAME##_abs(X a, X *out, int *kind, const char **msg) {          \
    *kind = -1; *msg = 0; *out = (X)pyir_##NAME##_abs((T)a); return 0;           \
  }                                                                              \
  EXPORT int s_##NAME##_from_int(int64_t a, X *out, int *kind, const char **msg) { \
    *kind = -1; *msg = 0; *out = (X)pyir_##NAME##_from_int(a); return 0;         \
  }                                                                              \
  FIXED_R2(NAME, T, X, floordiv)                                                 \
  FIXED_R2(NAME, T, X, mod)                                                      \
  FIXED_R2(NAME, T, X, pow)                                                      \
  FIXED_R2(NAME, T, X, lshift)                                                   \
  FIXED_R2(NAME, T, X, rshift)                                                   \
  EXPORT int s_##NAME##_divmod(X a, X b, X *o1, X *o2, int *kind,                \
                               const char **msg) {                               \
    ERR_BEGIN T q = 0, r = 0;                                                    \
    int st = pyir_##NAME##_divmod((T)a, (T)b, &q, &r, &e);                       \
    *o1 = (X)q; *o2 = (X)r;                                                      \
    ERR_END return st;                                                           \
  }                                                                              \
  EXPORT int s_##NAME##_truediv(X a, X b, double *out, int *kind,                \
                                const char **msg) {                              \
    ERR_BEGIN int st = pyir_##NAME##_truediv((T)a, (T)b, out, &e);               \
    ERR_END return st;                                                           \
  }                                                                              \
  EXPORT int s_##NAME##_from_float(double x, X *out, int *kind,                  \
                                   const char **msg) {                           \
    ERR_BEGIN T r = 0;                                                           \
    int st = pyir_##NAME##_from_float(x, &r, &e);                                \
    *out = (X)r;                                                                 \
    ERR_END return st;                                                           \
  }
#define FIXED_R2(NAME, T, X, OP)                                                 \
  EXPORT int s_##NAME##_##OP(X a, X b, X *out, int *kind, const char **msg) {    \
    ERR_BEGIN T r = 0;                                                           \
    int st = pyir_##NAME##_##OP((T)a, (T)b, &r, &e);                             \
    *out = (X)r;                                                                 \
    ERR_END return st;                                                           \
  }

FIXED(i8, int8_t, int64_t)
FIXED(i16, int16_t, int64_t)
FIXED(i32, int32_t, int64_t)
FIXED(i64, int64_t, int64_t)
FIXED(u8, uint8_t, uint64_t)
FIXED(u16, uint16_t, uint64_t)
FIXED(u32, uint32_t, uint64_t)
FIXED(u64, uint64_t, uint64_t)

/* conversions */
W1(float_to_int, pyir_float_to_int, double, int64_t)
P1(float_to_f32, pyir_float_to_f32, double, float)

/* float */
W2(float_truediv, pyir_float_truediv, double, double, double)
W2(float_floordiv, pyir_float_floordiv, double, double, double)
W2(float_mod, pyir_float_mod, double, double, double)
W2x2(float_divmod, pyir_float_divmod, double, double, double)
W2(float_pow, pyir_float_pow, double, double, double)
P2(float_max, pyir_float_max, double, double, double)
P2(float_min, pyir_float_min, double, double, double)
P1(float_abs, pyir_float_abs, double, double)

/* f32 */
W2(f32_truediv, pyir_f32_truediv, float, float, float)
W2(f32_floordiv, pyir_f32_floordiv, float, float, float)
W2(f32_mod, pyir_f32_mod, float, float, float)
W2x2(f32_divmod, pyir_f32_divmod, float, float, float)
W2(f32_pow, pyir_f32_pow, float, float, float)
P2(f32_max, pyir_f32_max, float, float, float)
P2(f32_min, pyir_f32_min, float, float, float)

/* round */
W1(float_round_int, pyir_float_round_int, double, int64_t)
W2(float_round, pyir_float_round, double, int64_t, double)

/* comparisons: pred is the third input */
#define CMP(NAME, FN, A, B)                                                      \
  EXPORT int s_##NAME(A a, B b, int pred, int *out, int *kind, const char **msg) { \
    *kind = -1; *msg = 0; *out = FN(a, b, pred) ? 1 : 0; return 0;              \
  }
CMP(cmp_int_float, pyir_cmp_int_float, int64_t, double)
CMP(cmp_float_int, pyir_cmp_float_int, double, int64_t)
CMP(cmp_u64_float, pyir_cmp_u64_float, uint64_t, double)
CMP(cmp_float_u64, pyir_cmp_float_u64, double, uint64_t)
CMP(cmp_int_u64, pyir_cmp_int_u64, int64_t, uint64_t)
CMP(cmp_u64_int, pyir_cmp_u64_int, uint64_t, int64_t)

/* math */
W1(math_sqrt, pyir_math_sqrt, double, double)
W1(math_exp, pyir_math_exp, double, double)
W1(math_expm1, pyir_math_expm1, double, double)
W1(math_log, pyir_math_log, double, double)
W1(math_log1p, pyir_math_log1p, double, double)
W1(math_log2, pyir_math_log2, double, double)
W1(math_log10, pyir_math_log10, double, double)
W1(math_sin, pyir_math_sin, double, double)
W1(math_cos, pyir_math_cos, double, double)
W1(math_tan, pyir_math_tan, double, double)
W1(math_asin, pyir_math_asin, double, double)
W1(math_acos, pyir_math_acos, double, double)
W1(math_atan, pyir_math_atan, double, double)
W1(math_sinh, pyir_math_sinh, double, double)
W1(math_cosh, pyir_math_cosh, double, double)
W1(math_tanh, pyir_math_tanh, double, double)
P1(math_fabs, pyir_math_fabs, double, double)
W1(math_floor, pyir_math_floor, double, int64_t)
W1(math_ceil, pyir_math_ceil, double, int64_t)
W1(math_trunc, pyir_math_trunc, double, int64_t)
P1(math_isnan, pyir_math_isnan, double, int)
P1(math_isinf, pyir_math_isinf, double, int)
P1(math_isfinite, pyir_math_isfinite, double, int)
W2(math_log_base, pyir_math_log_base, double, double, double)
W2(math_atan2, pyir_math_atan2, double, double, double)
W2(math_fmod, pyir_math_fmod, double, double, double)
W2(math_pow, pyir_math_pow, double, double, double)
P2(math_hypot, pyir_math_hypot, double, double, double)
P2(math_copysign, pyir_math_copysign, double, double, double)
